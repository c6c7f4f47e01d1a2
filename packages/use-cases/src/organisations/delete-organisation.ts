import { AppError, isPlatformAdmin, requireAccess, type Actor } from '@coopex/domain';
import { recordChange } from '../shared/record-change';
import { createRepositories, type Database } from '@coopex/db';

/** Removes an organisation with its catalog and hot lists. */
export async function deleteOrganisation(options: {
  database: Database;
  actor: Actor;
  organisationId: string;
}): Promise<void> {
  requireAccess(options.actor, isPlatformAdmin(options.actor), 'remove organisations');
  const repositories = createRepositories(options.database);
  const before = await repositories.organisations.findById(options.organisationId);
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
}
