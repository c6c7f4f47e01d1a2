import { requireSignedIn, type Actor } from '@coopex/domain';
import { visibleListsFilter } from '../demand/demand-access';
import { createRepositories, type CoverageThresholds, type Database, type LatestMatchRow } from '@coopex/db';

export interface CoverageCounts {
  covered: number;
  partly: number;
  notCovered: number;
}

export interface DashboardSummary {
  openLines: CoverageCounts & { total: number };
  byCountry: Array<CoverageCounts & { country: string }>;
  byIndustry: Array<CoverageCounts & { industry: string }>;
  latestMatches: LatestMatchRow[];
  catalog: { products: number; suppliers: number; hotLists: number };
}

/**
 * When a stored candidate counts as cover for a line. A failure-free candidate at 0.5 agrees on most of what the
 * buyer stated (code, part number or analogue, parameters); below 0.3 candidates are mostly textual look-alikes.
 */
export const dashboardCoverageThresholds: CoverageThresholds = { coveredScore: 0.5, partlyScore: 0.3 };

function emptyCounts(): CoverageCounts {
  return { covered: 0, partly: 0, notCovered: 0 };
}

function groupCounts<Key extends string>(
  rows: Array<{ coverage: 'covered' | 'partly' | 'not_covered'; lines: number } & Record<Key, string>>,
  key: Key,
): Array<CoverageCounts & Record<Key, string>> {
  const groups = new Map<string, CoverageCounts>();
  for (const row of rows) {
    const counts = groups.get(row[key]) ?? emptyCounts();
    if (row.coverage === 'covered') counts.covered += row.lines;
    else if (row.coverage === 'partly') counts.partly += row.lines;
    else counts.notCovered += row.lines;
    groups.set(row[key], counts);
  }
  return [...groups.entries()]
    .map(([value, counts]) => ({ ...counts, [key]: value }) as CoverageCounts & Record<Key, string>)
    .sort(
      (left, right) =>
        right.covered + right.partly + right.notCovered - (left.covered + left.partly + left.notCovered),
    );
}

/**
 * What the dashboard shows: the open hot-list lines and how far the union's catalogs cover them (by the buyer's
 * country and industry), the latest best candidates and the size of the catalog. Only one organisation's lines
 * when `organisationId` is given.
 */
export async function summarizeDashboard(options: {
  database: Database;
  actor: Actor;
  organisationId?: string | undefined;
  latestMatchLimit?: number | undefined;
}): Promise<DashboardSummary> {
  requireSignedIn(options.actor, 'read the dashboard');
  const { dashboard } = createRepositories(options.database);
  // Only the hot lists the actor may see count and show.
  const visibleTo = visibleListsFilter(options.actor);
  const filter = {
    thresholds: dashboardCoverageThresholds,
    organisationId: options.organisationId,
    visibleTo,
  };
  const [countryRows, industryRows, latestMatches, catalog] = await Promise.all([
    dashboard.countOpenLinesByCountry(filter),
    dashboard.countOpenLinesByIndustry(filter),
    dashboard.listLatestMatches({
      limit: options.latestMatchLimit ?? 10,
      organisationId: options.organisationId,
      visibleTo,
    }),
    dashboard.countCatalog(),
  ]);
  const byCountry = groupCounts(countryRows, 'country');
  const openLines = byCountry.reduce(
    (sum, counts) => ({
      covered: sum.covered + counts.covered,
      partly: sum.partly + counts.partly,
      notCovered: sum.notCovered + counts.notCovered,
      total: sum.total + counts.covered + counts.partly + counts.notCovered,
    }),
    { ...emptyCounts(), total: 0 },
  );
  return { openLines, byCountry, byIndustry: groupCounts(industryRows, 'industry'), latestMatches, catalog };
}
