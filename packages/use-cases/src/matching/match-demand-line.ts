import { AppError, type Actor, type DemandLine } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import type { MatchExplanation } from '@coopex/matching';
import { requireDemandLine } from '../demand/demand-access';
import type { CandidateView } from './candidate-view';
import { toMatchQuery, type CatalogMatching } from './catalog-matching';
import { describeCandidates } from './describe-candidates';

/**
 * The ranked candidates of a hot-list line. Without a country filter they come from the stored matches, refreshed
 * first when the line changed after they were computed; with one, the line is matched afresh for those countries.
 */
export async function matchDemandLine(options: {
  database: Database;
  actor: Actor;
  matching: CatalogMatching;
  lineId: string;
  limit: number;
  countries?: string[] | undefined;
}): Promise<{ line: DemandLine; candidates: CandidateView[]; isStored: boolean }> {
  const repositories = createRepositories(options.database);
  await requireDemandLine(repositories, options.actor, options.lineId, 'see');
  const line = await repositories.demand.findLineWithBuyer(options.lineId);
  if (!line) throw new AppError('not_found', 'Line not found', { lineId: options.lineId });
  const { buyerCountry: _buyerCountry, ...plainLine } = line;

  if (options.countries && options.countries.length > 0) {
    const candidates = options.matching.match(toMatchQuery(line), {
      limit: options.limit,
      countries: options.countries,
    });
    return {
      line: plainLine,
      candidates: await describeCandidates({ repositories, candidates }),
      isStored: false,
    };
  }

  let stored = await repositories.matches.listForLine(line.id, options.limit);
  const isStale = stored.length === 0 || stored.some((match) => match.computedAt < line.updatedAt);
  if (isStale) {
    await options.matching.refreshLine(line.id);
    stored = await repositories.matches.listForLine(line.id, options.limit);
  }
  const candidates = stored.map((match) => ({
    key: match.productId,
    score: match.score,
    explanation: match.explanation as MatchExplanation,
    failed: match.failed,
    summary: match.summary,
  }));
  return {
    line: plainLine,
    candidates: await describeCandidates({ repositories, candidates }),
    isStored: true,
  };
}
