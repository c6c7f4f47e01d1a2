import type { SqlExecutor } from '../database';
import { openDemandLineStatusesSql } from './demand.repository';

export interface StoredMatch {
  productId: string;
  rank: number;
  score: number;
  explanation: unknown;
  failed: string[];
  summary: string;
  computedAt: string;
}

interface StoredMatchRow {
  product_id: string;
  rank: number;
  score: number;
  explanation: unknown;
  failed: string[];
  summary: string;
  computed_at: Date | string;
}

export function createMatchesRepository(executor: SqlExecutor) {
  /** A moment kept in matching_state under a name: 'catalog' (synced up to), 'all-lines' (refresh asked at). */
  const readMoment = async (name: string): Promise<string | null> => {
    const result = await executor.query<{ synced_at: Date | string }>(
      'SELECT synced_at FROM matching_state WHERE name = $1',
      [name],
    );
    const value = result.rows[0]?.synced_at;
    return value === undefined ? null : new Date(value).toISOString();
  };
  const writeMoment = async (name: string, moment: string): Promise<void> => {
    await executor.query(
      `INSERT INTO matching_state (name, synced_at) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET synced_at = EXCLUDED.synced_at`,
      [name, moment],
    );
  };
  return {
    /**
     * Replaces a line's stored candidates with a fresh ranking; run it in a transaction. The line and the products
     * are locked first (the rows' foreign keys point at them): a concurrent deletion of either then waits for this
     * transaction, or this one for it, instead of each waiting on the other. A line deleted meanwhile gets no rows.
     */
    async replaceForLine(
      lineId: string,
      matches: Array<Omit<StoredMatch, 'computedAt' | 'rank'>>,
    ): Promise<void> {
      const line = await executor.query('SELECT 1 FROM demand_lines WHERE id = $1 FOR KEY SHARE', [lineId]);
      if (line.rows.length === 0) return;
      if (matches.length > 0) {
        await executor.query('SELECT 1 FROM products WHERE id = ANY($1::uuid[]) ORDER BY id FOR KEY SHARE', [
          matches.map((match) => match.productId),
        ]);
      }
      await executor.query('DELETE FROM demand_line_matches WHERE line_id = $1', [lineId]);
      if (matches.length === 0) return;
      await executor.query(
        `INSERT INTO demand_line_matches (line_id, product_id, rank, score, explanation, failed, summary)
         SELECT $1::uuid, product_id, rank, score, explanation, failed, summary
         FROM jsonb_to_recordset($2::jsonb) AS incoming(product_id uuid, rank integer, score double precision,
           explanation jsonb, failed jsonb, summary text)
         -- Matched moments ago: a product may have been deleted before the lock above.
         WHERE EXISTS (SELECT 1 FROM products p WHERE p.id = incoming.product_id)`,
        [
          lineId,
          JSON.stringify(
            matches.map((match, index) => ({
              product_id: match.productId,
              rank: index + 1,
              score: match.score,
              explanation: match.explanation,
              failed: match.failed,
              summary: match.summary,
            })),
          ),
        ],
      );
    },

    async listForLine(lineId: string, limit: number): Promise<StoredMatch[]> {
      const result = await executor.query<StoredMatchRow>(
        `SELECT product_id, rank, score, explanation, failed, summary, computed_at FROM demand_line_matches
         WHERE line_id = $1 ORDER BY rank LIMIT $2`,
        [lineId, limit],
      );
      return result.rows.map((row) => ({
        productId: row.product_id,
        rank: row.rank,
        score: row.score,
        explanation: row.explanation,
        failed: row.failed,
        summary: row.summary,
        computedAt: row.computed_at instanceof Date ? row.computed_at.toISOString() : String(row.computed_at),
      }));
    },

    async readSyncedAt(): Promise<string | null> {
      return readMoment('catalog');
    },

    async writeSyncedAt(moment: string): Promise<void> {
      await writeMoment('catalog', moment);
    },

    /** Lines the organisation's products are proposed to: matched again when the organisation is removed. */
    async findLinesOfOrganisationProducts(organisationId: string): Promise<string[]> {
      const result = await executor.query<{ line_id: string }>(
        `SELECT DISTINCT m.line_id FROM demand_line_matches m JOIN products p ON p.id = m.product_id
         WHERE p.organisation_id = $1`,
        [organisationId],
      );
      return result.rows.map((row) => row.line_id);
    },

    /**
     * When a refresh of every open line was last asked for (an analogue import, the first start) and has not
     * finished since: a restart asks for it again.
     */
    async readAllLinesRefreshRequestedAt(): Promise<string | null> {
      return readMoment('all-lines');
    },

    async writeAllLinesRefreshRequestedAt(moment: string): Promise<void> {
      await writeMoment('all-lines', moment);
    },

    /** A refresh of every line that started at this moment has finished: requests made before it are done. */
    async clearAllLinesRefreshRequest(startedAt: string): Promise<void> {
      await executor.query("DELETE FROM matching_state WHERE name = 'all-lines' AND synced_at <= $1", [
        startedAt,
      ]);
    },

    /**
     * Hot lists with open lines whose stored candidates are missing or older than the line: imported (or imported
     * again) while their refresh could not run.
     */
    async findListsWithStaleOpenLines(): Promise<string[]> {
      const result = await executor.query<{ list_id: string }>(
        `SELECT DISTINCT d.list_id FROM demand_lines d
         WHERE d.status IN (${openDemandLineStatusesSql})
           AND (NOT EXISTS (SELECT 1 FROM demand_line_matches m WHERE m.line_id = d.id)
             OR EXISTS (SELECT 1 FROM demand_line_matches m WHERE m.line_id = d.id AND m.computed_at < d.updated_at))`,
      );
      return result.rows.map((row) => row.list_id);
    },

    /** Lines whose stored candidates include any of these products: they must be refreshed when those change. */
    async findLinesOfProducts(productIds: readonly string[]): Promise<string[]> {
      if (productIds.length === 0) return [];
      const result = await executor.query<{ line_id: string }>(
        'SELECT DISTINCT line_id FROM demand_line_matches WHERE product_id = ANY($1::uuid[])',
        [productIds],
      );
      return result.rows.map((row) => row.line_id);
    },
  };
}
