import { canReadAuditLog, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type AuditEntry, type Database, type Page } from '@coopex/db';

/** An organisation's changes, newest first, for its admins and platform admins; the whole log for platform admins. */
export async function listAuditLog(options: {
  database: Database;
  actor: Actor;
  organisationId: string | null;
  limit: number;
  offset: number;
}): Promise<Page<AuditEntry>> {
  requireAccess(options.actor, canReadAuditLog(options.actor, options.organisationId), 'read the audit log');
  return createRepositories(options.database).audit.list(options);
}
