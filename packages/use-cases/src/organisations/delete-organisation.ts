import { AppError, isPlatformAdmin, requireAccess, type Actor } from '@coopex/domain';
import { recordChange } from '../shared/record-change';
import { createRepositories, type Database } from '@coopex/db';
import type { CatalogMatching } from '../matching/catalog-matching';

/** Removes an organisation with its catalog and hot lists. */
export async function deleteOrganisation(options: {
  database: Database;
  actor: Actor;
  organisationId: string;
  matching?: CatalogMatching | undefined;
}): Promise<void> {
  requireAccess(options.actor, isPlatformAdmin(options.actor), 'remove organisations');
  const repositories = createRepositories(options.database);
  const before = await repositories.organisations.findById(options.organisationId);
  // What the matcher must forget, read before the cascade removes it: the catalog, the lines it was proposed to,
  // the organisation's own hot-list lines.
  const forgotten = options.matching
    ? {
        productIds: await repositories.products.listIdsOfOrganisation(options.organisationId),
        linesProposedTo: await repositories.matches.findLinesOfOrganisationProducts(options.organisationId),
        ownLines: await repositories.demand.listLineIdsOfOrganisation(options.organisationId),
      }
    : null;
  const isDeleted = await repositories.organisations.delete(options.organisationId);
  if (!isDeleted)
    throw new AppError('not_found', 'Organisation not found', { organisationId: options.organisationId });
  await recordChange(repositories, options.actor, {
    action: 'organisation.delete',
    entityType: 'organisation',
    entityId: options.organisationId,
    organisationId: options.organisationId,
    before,
  });
  options.matching?.forgetLines(forgotten?.ownLines ?? []);
  options.matching?.forgetProducts(forgotten?.productIds ?? [], forgotten?.linesProposedTo ?? []);
}
