import type { SqlExecutor } from '../database';

/**
 * The facts confidentiality rules depend on: which organisations a hot list was shared with, and which buyers a
 * product was offered to.
 */
/** Where a product was offered: the line, its list and buyer. */
export interface ProductOfferRecord {
  lineId: string;
  lineName: string;
  listId: string;
  listTitle: string;
  buyer: { id: string; name: string; nameEn: string | null; country: string };
  note: string | null;
  offeredAt: string;
}

export function createSharingRepository(executor: SqlExecutor) {
  return {
    async listInvitedOrganisations(listId: string): Promise<string[]> {
      const result = await executor.query<{ organisation_id: string }>(
        'SELECT organisation_id FROM demand_list_invitations WHERE list_id = $1 ORDER BY organisation_id',
        [listId],
      );
      return result.rows.map((row) => row.organisation_id);
    },

    async replaceInvitedOrganisations(listId: string, organisationIds: string[]): Promise<void> {
      await executor.query('DELETE FROM demand_list_invitations WHERE list_id = $1', [listId]);
      if (organisationIds.length === 0) return;
      await executor.query(
        `INSERT INTO demand_list_invitations (list_id, organisation_id)
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [listId, organisationIds],
      );
    },

    async insertOffer(offer: {
      lineId: string;
      productId: string;
      offeredBy: string | null;
      note: string | null;
    }) {
      const result = await executor.query(
        `INSERT INTO product_offers (line_id, product_id, offered_by, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT (line_id, product_id) DO UPDATE SET note = excluded.note RETURNING created_at`,
        [offer.lineId, offer.productId, offer.offeredBy, offer.note],
      );
      return { createdAt: String(result.rows[0]?.created_at ?? '') };
    },

    /** Withdraws an offer; the removed offer, or null when there was none. */
    async deleteOffer(lineId: string, productId: string): Promise<{ note: string | null } | null> {
      const result = await executor.query<{ note: string | null }>(
        'DELETE FROM product_offers WHERE line_id = $1 AND product_id = $2 RETURNING note',
        [lineId, productId],
      );
      const row = result.rows[0];
      return row ? { note: row.note } : null;
    },

    async listOffersOfLine(
      lineId: string,
    ): Promise<Array<{ productId: string; note: string | null; createdAt: string }>> {
      const result = await executor.query<{
        product_id: string;
        note: string | null;
        created_at: Date | string;
      }>(
        'SELECT product_id, note, created_at FROM product_offers WHERE line_id = $1 ORDER BY created_at, product_id',
        [lineId],
      );
      return result.rows.map((row) => ({
        productId: row.product_id,
        note: row.note,
        createdAt: new Date(row.created_at).toISOString(),
      }));
    },

    /** Where a product was offered: each line with its list and buyer, newest first. */
    async listOffersOfProduct(productId: string): Promise<ProductOfferRecord[]> {
      const result = await executor.query<{
        line_id: string;
        line_name: string;
        list_id: string;
        list_title: string;
        buyer_id: string;
        buyer_name: string;
        buyer_name_en: string | null;
        buyer_country: string;
        note: string | null;
        created_at: Date | string;
      }>(
        `SELECT o.line_id, d.name AS line_name, l.id AS list_id, l.title AS list_title, b.id AS buyer_id,
           b.name_ru AS buyer_name, b.name_en AS buyer_name_en, b.country AS buyer_country, o.note, o.created_at
         FROM product_offers o JOIN demand_lines d ON d.id = o.line_id JOIN demand_lists l ON l.id = d.list_id
           JOIN organisations b ON b.id = l.organisation_id
         WHERE o.product_id = $1 ORDER BY o.created_at DESC, o.line_id`,
        [productId],
      );
      return result.rows.map((row) => ({
        lineId: row.line_id,
        lineName: row.line_name,
        listId: row.list_id,
        listTitle: row.list_title,
        buyer: {
          id: row.buyer_id,
          name: row.buyer_name,
          nameEn: row.buyer_name_en,
          country: row.buyer_country,
        },
        note: row.note,
        offeredAt: new Date(row.created_at).toISOString(),
      }));
    },

    /** For each product, the organisations whose lines it was offered to. */
    async listOfferedBuyers(productIds: string[]): Promise<Map<string, string[]>> {
      const buyers = new Map<string, string[]>();
      if (productIds.length === 0) return buyers;
      const result = await executor.query<{ product_id: string; organisation_id: string }>(
        `SELECT DISTINCT o.product_id, l.organisation_id
         FROM product_offers o JOIN demand_lines d ON d.id = o.line_id JOIN demand_lists l ON l.id = d.list_id
         WHERE o.product_id = ANY($1::uuid[])`,
        [productIds],
      );
      for (const row of result.rows) {
        const list = buyers.get(row.product_id) ?? [];
        list.push(row.organisation_id);
        buyers.set(row.product_id, list);
      }
      return buyers;
    },
  };
}
