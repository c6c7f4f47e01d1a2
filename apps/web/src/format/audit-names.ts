import type { TFunction } from 'i18next';

/**
 * Audit-log actions arrive as codes ("demand_list.import"); the known ones are said in words in the interface
 * language, anything the server adds later is shown as written.
 */
export function describeAuditAction(action: string, t: TFunction): string {
  if (!/^[a-z_]+\.[a-z_]+$/.test(action)) return action;
  return t(`auditActions.${action}`, { defaultValue: action });
}

/** The kind of record an audit entry is about ("demand_list" → "hot list"); unknown kinds stay as written. */
export function describeAuditEntity(entityType: string, t: TFunction): string {
  if (!/^[a-z_]+$/.test(entityType)) return entityType;
  return t(`auditEntities.${entityType}`, { defaultValue: entityType });
}
