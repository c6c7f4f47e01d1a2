import { AppError, type Organisation } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function getOrganisation(options: {
  database: Database;
  organisationId: string;
}): Promise<Organisation> {
  const organisation = await createRepositories(options.database).organisations.findById(
    options.organisationId,
  );
  if (!organisation)
    throw new AppError('not_found', 'Organisation not found', { organisationId: options.organisationId });
  return organisation;
}
