/** Small conversions shared by the repositories' row mappers. */
export function toIsoTimestamp(value: unknown): string {
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

export function toNullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value).trimEnd();
}

/** Escapes LIKE wildcards in user text so a search for "50%" looks for the characters. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Who is looking at hot lists: unset means every list (platform admins, the operator). */
export interface DemandListViewer {
  organisationId: string | null;
  /** Set for a coordinator: the lists of its country's enterprises. */
  coordinatorCountry: string | null;
}

/**
 * The SQL condition that keeps hot lists to those a viewer may see: union-wide ones, the viewer's own, those it was
 * invited to and, for a coordinator, its country's. Takes three parameters from `firstParameter`: whether to filter,
 * the viewer's organisation and the coordinator's country.
 */
export function visibleDemandListCondition(
  listAlias: string,
  ownerAlias: string,
  firstParameter: number,
): string {
  const [isFiltered, organisation, country] = [firstParameter, firstParameter + 1, firstParameter + 2];
  return `($${isFiltered}::boolean IS NULL OR ${listAlias}.visibility = 'union'
    OR ${listAlias}.organisation_id = $${organisation}::uuid OR ${ownerAlias}.country = $${country}::text
    OR EXISTS (SELECT 1 FROM demand_list_invitations i
               WHERE i.list_id = ${listAlias}.id AND i.organisation_id = $${organisation}::uuid))`;
}

export function demandListViewerParameters(viewer: DemandListViewer | undefined): unknown[] {
  return [viewer ? true : null, viewer?.organisationId ?? null, viewer?.coordinatorCountry ?? null];
}

export interface Page<Item> {
  items: Item[];
  total: number;
  limit: number;
  offset: number;
}

const smallestUuid = '00000000-0000-0000-0000-000000000000';

/**
 * Reads a large result in batches ordered by id, each batch starting after the last id seen (keyset paging), so a
 * million rows never sit in memory and late batches cost what early ones do.
 */
export async function* streamByKeyset<Row extends { id: string }>(
  fetchBatch: (afterId: string, batchSize: number) => Promise<Row[]>,
  batchSize: number,
): AsyncGenerator<Row> {
  let afterId = smallestUuid;
  for (;;) {
    const rows = await fetchBatch(afterId, batchSize);
    yield* rows;
    if (rows.length < batchSize) return;
    afterId = rows[rows.length - 1]!.id;
  }
}

/** A column list with a table alias: `id, name` → `p.id, p.name`. */
export function prefixColumns(columns: string, alias: string): string {
  return columns
    .split(',')
    .map((column) => `${alias}.${column.trim()}`)
    .join(', ');
}
