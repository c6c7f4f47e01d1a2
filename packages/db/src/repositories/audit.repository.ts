import type { SqlExecutor } from '../database';
import { toIsoTimestamp, type Page } from './row-mapping';

export interface AuditEntryInput {
  actorUserId: string | null;
  actorEmail: string | null;
  actorTokenId: string | null;
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditEntry extends AuditEntryInput {
  id: number;
  occurredAt: string;
}

function toEntry(row: Record<string, unknown>): AuditEntry {
  return {
    id: Number(row.id),
    occurredAt: toIsoTimestamp(row.occurred_at),
    actorUserId: row.actor_user_id === null ? null : String(row.actor_user_id),
    actorEmail: row.actor_email === null ? null : String(row.actor_email),
    actorTokenId: row.actor_token_id === null ? null : String(row.actor_token_id),
    organisationId: row.organisation_id === null ? null : String(row.organisation_id),
    action: String(row.action),
    entityType: String(row.entity_type),
    entityId: row.entity_id === null ? null : String(row.entity_id),
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.request_id === null ? null : String(row.request_id),
  };
}

/** The append-only audit log: rows are only ever inserted (a trigger refuses updates and deletes). */
export function createAuditRepository(executor: SqlExecutor) {
  return {
    async append(entry: AuditEntryInput): Promise<void> {
      await executor.query(
        `INSERT INTO audit_log (actor_user_id, actor_email, actor_token_id, organisation_id, action, entity_type,
           entity_id, before, after, request_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10)`,
        [
          entry.actorUserId,
          entry.actorEmail,
          entry.actorTokenId,
          entry.organisationId,
          entry.action,
          entry.entityType,
          entry.entityId,
          entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
          entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
          entry.requestId,
        ],
      );
    },

    /** Newest first; `organisationId` null reads the whole log (platform admins). */
    async list(options: {
      organisationId: string | null;
      limit: number;
      offset: number;
    }): Promise<Page<AuditEntry>> {
      const where = options.organisationId === null ? '' : 'WHERE organisation_id = $3';
      const parameters: unknown[] = [options.limit, options.offset];
      if (options.organisationId !== null) parameters.push(options.organisationId);
      const [rows, count] = await Promise.all([
        executor.query(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT $1 OFFSET $2`, parameters),
        executor.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM audit_log ${options.organisationId === null ? '' : 'WHERE organisation_id = $1'}`,
          options.organisationId === null ? [] : [options.organisationId],
        ),
      ]);
      return {
        items: rows.rows.map(toEntry),
        total: Number(count.rows[0]?.count ?? 0),
        limit: options.limit,
        offset: options.offset,
      };
    },

    /** Every entry of one organisation (or all), oldest first, in batches: exports never hold the log in memory. */
    async *stream(organisationId: string | null, batchSize = 1000): AsyncGenerator<AuditEntry> {
      let afterId = 0;
      for (;;) {
        const parameters: unknown[] = [afterId, batchSize];
        if (organisationId !== null) parameters.push(organisationId);
        const result = await executor.query(
          `SELECT * FROM audit_log WHERE id > $1 ${organisationId === null ? '' : 'AND organisation_id = $3'}
           ORDER BY id LIMIT $2`,
          parameters,
        );
        const entries = result.rows.map(toEntry);
        yield* entries;
        if (entries.length < batchSize) return;
        afterId = entries[entries.length - 1]!.id;
      }
    },
  };
}
