import type { Organisation } from '@coopex/domain';
import { createRepositories, type Database, type OrganisationFilter, type Page } from '@coopex/db';

export async function listOrganisations(options: {
  database: Database;
  filter: OrganisationFilter;
}): Promise<Page<Organisation>> {
  return createRepositories(options.database).organisations.list(options.filter);
}
