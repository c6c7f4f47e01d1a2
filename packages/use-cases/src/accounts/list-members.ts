import { actingOrganisationId, canManageOrganisation, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type Database, type MemberRecord } from '@coopex/db';

/** The people of an organisation: its members see their colleagues; its admins manage them. */
export async function listMembers(options: {
  database: Database;
  actor: Actor;
  organisationId: string;
}): Promise<MemberRecord[]> {
  const isColleague = actingOrganisationId(options.actor) === options.organisationId;
  requireAccess(
    options.actor,
    isColleague || canManageOrganisation(options.actor, options.organisationId),
    'list the members of this organisation',
  );
  return createRepositories(options.database).accounts.listMembers(options.organisationId);
}
