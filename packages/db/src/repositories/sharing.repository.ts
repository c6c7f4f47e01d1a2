import type { SqlExecutor } from '../database';

/**
 * The facts confidentiality rules depend on: which organisations a hot list was shared with, and which buyers a
 * product was offered to.
 */
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
