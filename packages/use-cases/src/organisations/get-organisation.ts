import { AppError, requireSignedIn, type Actor, type Organisation } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';

export async function getOrganisation(options: {
  database: Database;
  actor: Actor;
  organisationId: string;
}): Promise<Organisation> {
  requireSignedIn(options.actor, 'read organisations');
  const organisation = await createRepositories(options.database).organisations.findById(
    options.organisationId,
  );
  if (!organisation)
    throw new AppError('not_found', 'Organisation not found', { organisationId: options.organisationId });
  return organisation;
}
