import { canManageOrganisation, isPlatformAdmin, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type AuditEntry, type Database, type Page } from '@coopex/db';

/** An organisation's changes, newest first, for its admins and platform admins; the whole log for platform admins. */
export async function listAuditLog(options: {
  database: Database;
  actor: Actor;
  organisationId: string | null;
  limit: number;
  offset: number;
}): Promise<Page<AuditEntry>> {
  const isAllowed =
    options.organisationId === null
      ? isPlatformAdmin(options.actor)
      : canManageOrganisation(options.actor, options.organisationId);
  requireAccess(options.actor, isAllowed, 'read the audit log');
  return createRepositories(options.database).audit.list(options);
}
