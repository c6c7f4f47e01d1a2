import type {
  DemandLine,
  DemandLineInput,
  DemandList,
  DemandListInput,
  DemandRequirement,
} from '@coopex/domain';
import type { SqlExecutor } from '../database';
import {
  escapeLikePattern,
  prefixColumns,
  streamByKeyset,
  toIsoTimestamp,
  toNullableNumber,
  toNullableString,
  type Page,
  demandListViewerParameters,
  visibleDemandListCondition,
  type DemandListViewer,
} from './row-mapping';

interface DemandListRow {
  id: string;
  organisation_id: string;
  title: string;
  description: string | null;
  visibility: DemandList['visibility'];
  line_count: number;
  created_at: Date | string;
  updated_at: Date | string;
}

interface DemandLineRow {
  id: string;
  list_id: string;
  external_id: string | null;
  name: string;
  name_en: string | null;
  description: string | null;
  part_number: string | null;
  manufacturer: string | null;
  origin_country: string | null;
  tnved: string | null;
  okpd2: string | null;
  requirements: DemandRequirement[];
  quantity_per_year: number | null;
  quantity_unit: string | null;
  needed_by: string | null;
  target_price: number | null;
  currency: string | null;
  criticality: DemandLine['criticality'];
  minimum_analogue_grade: DemandLine['minimumAnalogueGrade'];
  status: DemandLine['status'];
  created_at: Date | string;
  updated_at: Date | string;
}

const listColumns = `l.id, l.organisation_id, l.title, l.description, l.visibility, l.created_at, l.updated_at,
  (SELECT count(*) FROM demand_lines d WHERE d.list_id = l.id) AS line_count`;

const lineColumns = `id, list_id, external_id, name, name_en, description, part_number, manufacturer, origin_country,
  tnved, okpd2, requirements, quantity_per_year, quantity_unit, needed_by, target_price, currency, criticality,
  minimum_analogue_grade, status, created_at, updated_at`;

const writableLineColumns = [
  ['external_id', 'text'],
  ['name', 'text'],
  ['name_en', 'text'],
  ['description', 'text'],
  ['part_number', 'text'],
  ['manufacturer', 'text'],
  ['origin_country', 'text'],
  ['tnved', 'text'],
  ['okpd2', 'text'],
  ['requirements', 'jsonb'],
  ['quantity_per_year', 'numeric'],
  ['quantity_unit', 'text'],
  ['needed_by', 'date'],
  ['target_price', 'numeric'],
  ['currency', 'text'],
  ['criticality', 'text'],
  ['minimum_analogue_grade', 'text'],
  ['status', 'text'],
] as const;

/** A line in one of these states still looks for a supplier. */
export const openDemandLineStatuses = ['open', 'candidates_found', 'contacted', 'sample'] as const;
/** The open statuses as an SQL list, for `status IN (…)`. */
export const openDemandLineStatusesSql = openDemandLineStatuses.map((status) => `'${status}'`).join(', ');

const lineRecordset = writableLineColumns.map(([name, type]) => `${name} ${type}`).join(', ');
const lineWritableNames = writableLineColumns.map(([name]) => name).join(', ');

function toLineRecord(input: DemandLineInput, position?: number) {
  return {
    position: position ?? 0,
    external_id: input.externalId,
    name: input.name,
    name_en: input.nameEn,
    description: input.description,
    part_number: input.partNumber,
    manufacturer: input.manufacturer,
    origin_country: input.originCountry,
    tnved: input.tnved,
    okpd2: input.okpd2,
    requirements: input.requirements,
    quantity_per_year: input.quantityPerYear,
    quantity_unit: input.quantityUnit,
    needed_by: input.neededBy,
    target_price: input.targetPrice,
    currency: input.currency,
    criticality: input.criticality,
    minimum_analogue_grade: input.minimumAnalogueGrade,
    status: input.status,
  };
}

function toList(row: DemandListRow): DemandList {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    title: row.title,
    description: row.description,
    visibility: row.visibility,
    lineCount: Number(row.line_count),
    createdAt: toIsoTimestamp(row.created_at),
    updatedAt: toIsoTimestamp(row.updated_at),
  };
}

function toLine(row: DemandLineRow): DemandLine {
  return {
    id: row.id,
    listId: row.list_id,
    externalId: row.external_id,
    name: row.name,
    nameEn: row.name_en,
    description: row.description,
    partNumber: row.part_number,
    manufacturer: row.manufacturer,
    originCountry: toNullableString(row.origin_country),
    tnved: row.tnved,
    okpd2: row.okpd2,
    requirements: row.requirements,
    quantityPerYear: toNullableNumber(row.quantity_per_year),
    quantityUnit: row.quantity_unit,
    neededBy: row.needed_by,
    targetPrice: toNullableNumber(row.target_price),
    currency: toNullableString(row.currency),
    criticality: row.criticality,
    minimumAnalogueGrade: row.minimum_analogue_grade,
    status: row.status,
    createdAt: toIsoTimestamp(row.created_at),
    updatedAt: toIsoTimestamp(row.updated_at),
  };
}

export interface DemandListFilter {
  organisationId?: string | undefined;
  /**
   * Only lists this viewer may see: union-wide ones, its own organisation's, those it was invited to and, for a
   * coordinator, those of its country's enterprises. Unset: every list.
   */
  visibleTo?: DemandListViewer | undefined;
  country?: string | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

export interface DemandLineFilter {
  listId?: string | undefined;
  status?: DemandLine['status'] | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

export function createDemandRepository(executor: SqlExecutor) {
  return {
    async insertList(organisationId: string, input: DemandListInput): Promise<DemandList> {
      const result = await executor.query<{ id: string }>(
        `INSERT INTO demand_lists (organisation_id, title, description, visibility) VALUES ($1, $2, $3, $4) RETURNING id`,
        [organisationId, input.title, input.description, input.visibility],
      );
      return (await this.findListById(result.rows[0]!.id))!;
    },

    async updateList(id: string, input: DemandListInput): Promise<DemandList | undefined> {
      const result = await executor.query(
        `UPDATE demand_lists SET title = $2, description = $3, visibility = $4, updated_at = now() WHERE id = $1`,
        [id, input.title, input.description, input.visibility],
      );
      return result.rowCount > 0 ? this.findListById(id) : undefined;
    },

    async findListById(id: string): Promise<DemandList | undefined> {
      const result = await executor.query<DemandListRow>(
        `SELECT ${listColumns} FROM demand_lists l WHERE l.id = $1`,
        [id],
      );
      return result.rows[0] ? toList(result.rows[0]) : undefined;
    },

    async findListByTitle(organisationId: string, title: string): Promise<DemandList | undefined> {
      const result = await executor.query<DemandListRow>(
        `SELECT ${listColumns} FROM demand_lists l WHERE l.organisation_id = $1 AND l.title = $2
         ORDER BY l.created_at LIMIT 1`,
        [organisationId, title],
      );
      return result.rows[0] ? toList(result.rows[0]) : undefined;
    },

    async listLists(filter: DemandListFilter): Promise<Page<DemandList>> {
      const parameters = [
        filter.organisationId ?? null,
        filter.country ?? null,
        filter.search ? `%${escapeLikePattern(filter.search)}%` : null,
        ...demandListViewerParameters(filter.visibleTo),
      ];
      const where = `WHERE ($1::uuid IS NULL OR l.organisation_id = $1) AND ($2::text IS NULL OR o.country = $2)
        AND ($3::text IS NULL OR l.title ILIKE $3)
        AND ${visibleDemandListCondition('l', 'o', 4)}`;
      const from = 'FROM demand_lists l JOIN organisations o ON o.id = l.organisation_id';
      const [items, total] = await Promise.all([
        executor.query<DemandListRow>(
          `SELECT ${listColumns} ${from} ${where} ORDER BY l.created_at, l.id LIMIT $7 OFFSET $8`,
          [...parameters, filter.limit, filter.offset],
        ),
        executor.query<{ count: number }>(`SELECT count(*) AS count ${from} ${where}`, parameters),
      ]);
      return {
        items: items.rows.map(toList),
        total: total.rows[0]?.count ?? 0,
        limit: filter.limit,
        offset: filter.offset,
      };
    },

    async deleteList(id: string): Promise<boolean> {
      return (await executor.query('DELETE FROM demand_lists WHERE id = $1', [id])).rowCount > 0;
    },

    /** Lines with an external id already in the list are updated (their status kept), the others inserted. */
    async upsertLines(
      listId: string,
      inputs: Array<{ line: DemandLineInput; position: number }>,
    ): Promise<{ inserted: number; updated: number }> {
      if (inputs.length === 0) return { inserted: 0, updated: 0 };
      const updates = writableLineColumns
        .filter(([name]) => name !== 'external_id' && name !== 'status')
        .map(([name]) => `${name} = EXCLUDED.${name}`)
        .join(', ');
      const result = await executor.query<{ is_inserted: boolean }>(
        `INSERT INTO demand_lines (list_id, position, ${lineWritableNames})
         SELECT $1::uuid, position, ${lineWritableNames}
         FROM jsonb_to_recordset($2::jsonb) AS incoming(position integer, ${lineRecordset})
         ON CONFLICT (list_id, external_id) DO UPDATE SET ${updates}, position = EXCLUDED.position, updated_at = now()
         RETURNING (xmax = 0) AS is_inserted`,
        [listId, JSON.stringify(inputs.map(({ line, position }) => toLineRecord(line, position)))],
      );
      const inserted = result.rows.filter((row) => row.is_inserted).length;
      return { inserted, updated: result.rows.length - inserted };
    },

    async insertLine(listId: string, input: DemandLineInput): Promise<DemandLine> {
      const result = await executor.query<DemandLineRow>(
        `INSERT INTO demand_lines (list_id, position, ${lineWritableNames})
         SELECT $1::uuid, COALESCE((SELECT max(position) + 1 FROM demand_lines WHERE list_id = $1), 1),
           ${lineWritableNames}
         FROM jsonb_to_record($2::jsonb) AS incoming(${lineRecordset})
         RETURNING ${lineColumns}`,
        [listId, JSON.stringify(toLineRecord(input))],
      );
      return toLine(result.rows[0]!);
    },

    async updateLine(id: string, input: DemandLineInput): Promise<DemandLine | undefined> {
      const assignments = writableLineColumns.map(([name]) => `${name} = incoming.${name}`).join(', ');
      const result = await executor.query<DemandLineRow>(
        `UPDATE demand_lines SET ${assignments}, updated_at = now()
         FROM jsonb_to_record($2::jsonb) AS incoming(${lineRecordset})
         WHERE demand_lines.id = $1
         RETURNING ${prefixColumns(lineColumns, 'demand_lines')}`,
        [id, JSON.stringify(toLineRecord(input))],
      );
      return result.rows[0] ? toLine(result.rows[0]) : undefined;
    },

    async findLineById(id: string): Promise<DemandLine | undefined> {
      const result = await executor.query<DemandLineRow>(
        `SELECT ${lineColumns} FROM demand_lines WHERE id = $1`,
        [id],
      );
      return result.rows[0] ? toLine(result.rows[0]) : undefined;
    },

    async listLines(filter: DemandLineFilter): Promise<Page<DemandLine>> {
      const parameters = [
        filter.listId ?? null,
        filter.status ?? null,
        filter.search ? `%${escapeLikePattern(filter.search)}%` : null,
      ];
      const where = `WHERE ($1::uuid IS NULL OR list_id = $1) AND ($2::text IS NULL OR status = $2)
        AND ($3::text IS NULL OR name ILIKE $3 OR name_en ILIKE $3 OR part_number ILIKE $3)`;
      const [items, total] = await Promise.all([
        executor.query<DemandLineRow>(
          `SELECT ${lineColumns} FROM demand_lines ${where} ORDER BY list_id, position, id LIMIT $4 OFFSET $5`,
          [...parameters, filter.limit, filter.offset],
        ),
        executor.query<{ count: number }>(`SELECT count(*) AS count FROM demand_lines ${where}`, parameters),
      ]);
      return {
        items: items.rows.map(toLine),
        total: total.rows[0]?.count ?? 0,
        limit: filter.limit,
        offset: filter.offset,
      };
    },

    async *streamLines(listId: string, batchSize = 1000): AsyncGenerator<DemandLine> {
      let offset = 0;
      for (;;) {
        const result = await executor.query<DemandLineRow>(
          `SELECT ${lineColumns} FROM demand_lines WHERE list_id = $1 ORDER BY position, id LIMIT $2 OFFSET $3`,
          [listId, batchSize, offset],
        );
        for (const row of result.rows) yield toLine(row);
        if (result.rows.length < batchSize) return;
        offset += batchSize;
      }
    },

    /** The distinct requirement names (with their units) of a list: the parameter columns of an export. */
    async listRequirementColumns(listId: string): Promise<Array<{ name: string; unit: string | null }>> {
      const result = await executor.query<{ name: string; unit: string | null }>(
        `SELECT DISTINCT requirement->>'name' AS name, requirement->'requirement'->>'unit' AS unit
         FROM demand_lines, jsonb_array_elements(requirements) AS requirement
         WHERE list_id = $1 ORDER BY 1, 2`,
        [listId],
      );
      return result.rows;
    },

    /** The ids of every line of the organisation's hot lists. */
    async listLineIdsOfOrganisation(organisationId: string): Promise<string[]> {
      const result = await executor.query<{ id: string }>(
        `SELECT d.id FROM demand_lines d JOIN demand_lists l ON l.id = d.list_id WHERE l.organisation_id = $1`,
        [organisationId],
      );
      return result.rows.map((row) => row.id);
    },

    /** Lines still looking for a supplier, with the buyer's country: what the matcher keeps stored matches for. */
    async *streamOpenLines(batchSize = 5000): AsyncGenerator<DemandLine & { buyerCountry: string }> {
      const rows = streamByKeyset(
        async (afterId, size) =>
          (
            await executor.query<DemandLineRow & { buyer_country: string }>(
              `SELECT ${prefixColumns(lineColumns, 'd')}, o.country AS buyer_country FROM demand_lines d
               JOIN demand_lists l ON l.id = d.list_id JOIN organisations o ON o.id = l.organisation_id
               WHERE d.id > $1::uuid AND d.status IN (${openDemandLineStatusesSql}) ORDER BY d.id LIMIT $2`,
              [afterId, size],
            )
          ).rows,
        batchSize,
      );
      for await (const row of rows) yield { ...toLine(row), buyerCountry: row.buyer_country };
    },

    async findLineWithBuyer(id: string): Promise<(DemandLine & { buyerCountry: string }) | undefined> {
      const prefixed = prefixColumns(lineColumns, 'd');
      const result = await executor.query<DemandLineRow & { buyer_country: string }>(
        `SELECT ${prefixed}, o.country AS buyer_country FROM demand_lines d
         JOIN demand_lists l ON l.id = d.list_id JOIN organisations o ON o.id = l.organisation_id WHERE d.id = $1`,
        [id],
      );
      const row = result.rows[0];
      return row ? { ...toLine(row), buyerCountry: row.buyer_country } : undefined;
    },

    async deleteLine(id: string): Promise<boolean> {
      return (await executor.query('DELETE FROM demand_lines WHERE id = $1', [id])).rowCount > 0;
    },
  };
}

export type DemandRepository = ReturnType<typeof createDemandRepository>;
