import type { SqlExecutor } from '../database';
import {
  demandListViewerParameters,
  toIsoTimestamp,
  visibleDemandListCondition,
  type DemandListViewer,
} from './row-mapping';

export type LineCoverage = 'covered' | 'partly' | 'not_covered';

export interface CoverageThresholds {
  /** A candidate that fails no requirement and scores at least this covers a line. */
  coveredScore: number;
  /** Any candidate scoring at least this (failed requirements and all) covers a line partly. */
  partlyScore: number;
}

export interface LatestMatchRow {
  lineId: string;
  lineName: string;
  lineNameEn: string | null;
  listId: string;
  buyerName: string;
  buyerNameEn: string | null;
  buyerCountry: string;
  productId: string;
  productName: string;
  productNameEn: string | null;
  supplierName: string;
  supplierNameEn: string | null;
  supplierCountry: string;
  score: number;
  failedCount: number;
  computedAt: string;
}

/**
 * Read-only aggregates for the dashboard: how far the union's catalogs cover the open hot-list lines (from the
 * stored matches, so nothing is recomputed on a page view), the freshest best candidates, and catalog counts.
 */
export function createDashboardRepository(executor: SqlExecutor) {
  /** Every line still looking for a supplier, with its buyer and its coverage by the stored candidates. */
  const openLineCoverage = `
    SELECT l.id, o.country, o.industries,
      CASE
        WHEN EXISTS (SELECT 1 FROM demand_line_matches m
                     WHERE m.line_id = l.id AND m.failed = '[]'::jsonb AND m.score >= $1) THEN 'covered'
        WHEN EXISTS (SELECT 1 FROM demand_line_matches m WHERE m.line_id = l.id AND m.score >= $2) THEN 'partly'
        ELSE 'not_covered'
      END AS coverage
    FROM demand_lines l
    JOIN demand_lists dl ON dl.id = l.list_id
    JOIN organisations o ON o.id = dl.organisation_id
    WHERE l.status NOT IN ('closed', 'cancelled') AND ($3::uuid IS NULL OR dl.organisation_id = $3)
      AND ${visibleDemandListCondition('dl', 'o', 4)}`;

  return {
    async countOpenLinesByCountry(options: {
      thresholds: CoverageThresholds;
      organisationId?: string | undefined;
      visibleTo?: DemandListViewer | undefined;
    }): Promise<Array<{ country: string; coverage: LineCoverage; lines: number }>> {
      const result = await executor.query<{ country: string; coverage: LineCoverage; lines: number }>(
        `WITH coverage AS (${openLineCoverage})
         SELECT country, coverage, count(*)::int AS lines FROM coverage GROUP BY 1, 2 ORDER BY 1, 2`,
        [
          options.thresholds.coveredScore,
          options.thresholds.partlyScore,
          options.organisationId ?? null,
          ...demandListViewerParameters(options.visibleTo),
        ],
      );
      return result.rows.map((row) => ({ ...row, country: row.country.trim(), lines: Number(row.lines) }));
    },

    /** A buyer of several industries counts its lines under each; a buyer with none under ''. */
    async countOpenLinesByIndustry(options: {
      thresholds: CoverageThresholds;
      organisationId?: string | undefined;
      visibleTo?: DemandListViewer | undefined;
    }): Promise<Array<{ industry: string; coverage: LineCoverage; lines: number }>> {
      const result = await executor.query<{ industry: string; coverage: LineCoverage; lines: number }>(
        `WITH coverage AS (${openLineCoverage})
         SELECT coalesce(industry, '') AS industry, coverage, count(*)::int AS lines
         FROM coverage LEFT JOIN LATERAL unnest(coverage.industries) AS industry ON true
         GROUP BY 1, 2 ORDER BY 1, 2`,
        [
          options.thresholds.coveredScore,
          options.thresholds.partlyScore,
          options.organisationId ?? null,
          ...demandListViewerParameters(options.visibleTo),
        ],
      );
      return result.rows.map((row) => ({ ...row, lines: Number(row.lines) }));
    },

    /** The best candidate of the lines whose matches were computed most recently. */
    async listLatestMatches(options: {
      limit: number;
      organisationId?: string | undefined;
      visibleTo?: DemandListViewer | undefined;
    }): Promise<LatestMatchRow[]> {
      const result = await executor.query<{
        line_id: string;
        line_name: string;
        line_name_en: string | null;
        list_id: string;
        buyer_name: string;
        buyer_name_en: string | null;
        buyer_country: string;
        product_id: string;
        product_name: string;
        product_name_en: string | null;
        supplier_name: string;
        supplier_name_en: string | null;
        supplier_country: string;
        score: number;
        failed_count: number;
        computed_at: Date | string;
      }>(
        `SELECT m.line_id, l.name AS line_name, l.name_en AS line_name_en, l.list_id, buyer.name_ru AS buyer_name,
                buyer.name_en AS buyer_name_en, buyer.country AS buyer_country, m.product_id,
                p.name_ru AS product_name, p.name_en AS product_name_en, supplier.name_ru AS supplier_name,
                supplier.name_en AS supplier_name_en, supplier.country AS supplier_country, m.score, jsonb_array_length(m.failed) AS failed_count,
                m.computed_at
         FROM demand_line_matches m
         JOIN demand_lines l ON l.id = m.line_id
         JOIN demand_lists dl ON dl.id = l.list_id
         JOIN organisations buyer ON buyer.id = dl.organisation_id
         JOIN products p ON p.id = m.product_id
         JOIN organisations supplier ON supplier.id = p.organisation_id
         WHERE m.rank = 1 AND l.status NOT IN ('closed', 'cancelled')
           AND ($2::uuid IS NULL OR dl.organisation_id = $2)
           AND ${visibleDemandListCondition('dl', 'buyer', 3)}
         ORDER BY m.computed_at DESC, m.score DESC, m.line_id
         LIMIT $1`,
        [options.limit, options.organisationId ?? null, ...demandListViewerParameters(options.visibleTo)],
      );
      return result.rows.map((row) => ({
        lineId: row.line_id,
        lineName: row.line_name,
        lineNameEn: row.line_name_en,
        listId: row.list_id,
        buyerName: row.buyer_name,
        buyerNameEn: row.buyer_name_en,
        buyerCountry: row.buyer_country.trim(),
        productId: row.product_id,
        productName: row.product_name,
        productNameEn: row.product_name_en,
        supplierName: row.supplier_name,
        supplierNameEn: row.supplier_name_en,
        supplierCountry: row.supplier_country.trim(),
        score: Number(row.score),
        failedCount: Number(row.failed_count),
        computedAt: toIsoTimestamp(row.computed_at),
      }));
    },

    /** Products, suppliers with at least one product, and hot lists: counts the index answers cheaply. */
    async countCatalog(): Promise<{ products: number; suppliers: number; hotLists: number }> {
      const result = await executor.query<{ products: number; suppliers: number; hot_lists: number }>(
        `SELECT (SELECT count(*) FROM products)::int AS products,
                (SELECT count(*) FROM organisations o
                 WHERE EXISTS (SELECT 1 FROM products p WHERE p.organisation_id = o.id))::int AS suppliers,
                (SELECT count(*) FROM demand_lists)::int AS hot_lists`,
      );
      const row = result.rows[0];
      return {
        products: Number(row?.products ?? 0),
        suppliers: Number(row?.suppliers ?? 0),
        hotLists: Number(row?.hot_lists ?? 0),
      };
    },
  };
}

export type DashboardRepository = ReturnType<typeof createDashboardRepository>;
