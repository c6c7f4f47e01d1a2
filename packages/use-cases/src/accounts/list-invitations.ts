import { canManageOrganisation, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type Database, type InvitationRecord } from '@coopex/db';

export async function listInvitations(options: {
  database: Database;
  actor: Actor;
  organisationId: string;
}): Promise<InvitationRecord[]> {
  requireAccess(
    options.actor,
    canManageOrganisation(options.actor, options.organisationId),
    'list invitations',
  );
  return createRepositories(options.database).accounts.listInvitations(options.organisationId);
}
