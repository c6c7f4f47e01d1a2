import { requireSignedIn, type Actor, type Organisation } from '@coopex/domain';
import { createRepositories, type Database, type OrganisationFilter, type Page } from '@coopex/db';

export async function listOrganisations(options: {
  database: Database;
  actor: Actor;
  filter: OrganisationFilter;
}): Promise<Page<Organisation>> {
  requireSignedIn(options.actor, 'read organisations');
  return createRepositories(options.database).organisations.list(options.filter);
}
