import { canReadAuditLog, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { writeTable, type WriteTableOptions } from '@coopex/import';

const columns = [
  'id',
  'occurred_at',
  'actor_email',
  'actor_token_id',
  'organisation_id',
  'action',
  'entity_type',
  'entity_id',
  'before',
  'after',
  'request_id',
];

/** Writes the audit log to CSV or XLSX, streaming it from the database. */
export async function exportAuditLog(options: {
  database: Database;
  actor: Actor;
  organisationId: string | null;
  destination: WriteTableOptions['destination'];
  format: 'csv' | 'xlsx';
}): Promise<{ rowsWritten: number }> {
  requireAccess(
    options.actor,
    canReadAuditLog(options.actor, options.organisationId),
    'export the audit log',
  );
  const repositories = createRepositories(options.database);
  let rowsWritten = 0;
  async function* rows() {
    for await (const entry of repositories.audit.stream(options.organisationId)) {
      rowsWritten += 1;
      yield [
        String(entry.id),
        entry.occurredAt,
        entry.actorEmail,
        entry.actorTokenId,
        entry.organisationId,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.before === null ? null : JSON.stringify(entry.before),
        entry.after === null ? null : JSON.stringify(entry.after),
        entry.requestId,
      ];
    }
  }
  await writeTable({
    destination: options.destination,
    format: options.format,
    headers: columns,
    rows: rows(),
    sheetName: 'Audit log',
  });
  return { rowsWritten };
}
