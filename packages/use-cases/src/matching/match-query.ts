import {
  AppError,
  demandLineInputSchema,
  normalizeDemandLineInput,
  requireSignedIn,
  type Actor,
  type DemandLineInput,
} from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import type { CandidateView } from './candidate-view';
import { toMatchQuery, type CatalogMatching } from './catalog-matching';
import { describeCandidates } from './describe-candidates';

/** Matches an ad-hoc query with the fields of a hot-list line, without storing anything. */
export async function matchQuery(options: {
  database: Database;
  actor: Actor;
  matching: CatalogMatching;
  query: DemandLineInput;
  buyerCountry?: string | undefined;
  limit: number;
  countries?: string[] | undefined;
}): Promise<CandidateView[]> {
  requireSignedIn(options.actor, 'match');
  const { value, problems } = normalizeDemandLineInput(demandLineInputSchema.parse(options.query));
  if (problems.length > 0)
    throw new AppError('validation_failed', 'The query has invalid fields', { problems });
  const candidates = options.matching.match(
    toMatchQuery({
      ...value,
      id: '',
      listId: '',
      createdAt: '',
      updatedAt: '',
      buyerCountry: options.buyerCountry,
    }),
    { limit: options.limit, countries: options.countries },
  );
  return describeCandidates({ repositories: createRepositories(options.database), candidates });
}
