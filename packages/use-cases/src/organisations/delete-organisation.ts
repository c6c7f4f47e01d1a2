import { AppError } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

/** Removes an organisation with its catalog and hot lists. */
export async function deleteOrganisation(options: {
  database: Database;
  organisationId: string;
}): Promise<void> {
  const isDeleted = await createRepositories(options.database).organisations.delete(options.organisationId);
  if (!isDeleted)
    throw new AppError('not_found', 'Organisation not found', { organisationId: options.organisationId });
}
