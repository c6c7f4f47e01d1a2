import type { DemandRequirement, Program, ProgramInput, ProgramItem, ProgramItemInput } from '@coopex/domain';
import type { SqlExecutor } from '../database';
import { toIsoTimestamp, toNullableNumber, toNullableString } from './row-mapping';

interface ProgramRow {
  id: string;
  country: Program['country'];
  ministry_id: string | null;
  industry: string | null;
  title: string;
  period_from: number | null;
  period_to: number | null;
  status: Program['status'];
  item_count: number;
  created_at: Date | string;
  updated_at: Date | string;
}

interface ProgramItemRow {
  id: string;
  program_id: string;
  external_id: string | null;
  name: string;
  name_en: string | null;
  description: string | null;
  tnved: string | null;
  okpd2: string | null;
  requirements: DemandRequirement[];
  quantity_per_year: number | null;
  quantity_unit: string | null;
  value_per_year: number | null;
  currency: string | null;
  target_year: number | null;
  responsible_enterprise: string | null;
  note: string | null;
}

const programColumns = `p.id, p.country, p.ministry_id, p.industry, p.title, p.period_from, p.period_to, p.status,
  p.created_at, p.updated_at, (SELECT count(*) FROM program_items i WHERE i.program_id = p.id) AS item_count`;

const itemColumns = `id, program_id, external_id, name, name_en, description, tnved, okpd2, requirements,
  quantity_per_year, quantity_unit, value_per_year, currency, target_year, responsible_enterprise, note`;

function toProgram(row: ProgramRow): Program {
  return {
    id: row.id,
    country: row.country,
    ministryId: row.ministry_id,
    industry: row.industry,
    title: row.title,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    status: row.status,
    itemCount: Number(row.item_count),
    createdAt: toIsoTimestamp(row.created_at),
    updatedAt: toIsoTimestamp(row.updated_at),
  };
}

function toItem(row: ProgramItemRow): ProgramItem {
  return {
    id: row.id,
    programId: row.program_id,
    externalId: row.external_id,
    name: row.name,
    nameEn: row.name_en,
    description: row.description,
    tnved: row.tnved,
    okpd2: row.okpd2,
    requirements: row.requirements,
    quantityPerYear: toNullableNumber(row.quantity_per_year),
    quantityUnit: row.quantity_unit,
    valuePerYear: toNullableNumber(row.value_per_year),
    currency: toNullableString(row.currency),
    targetYear: row.target_year,
    responsibleEnterprise: row.responsible_enterprise,
    note: row.note,
  };
}

export function createProgramsRepository(executor: SqlExecutor) {
  return {
    /** A program is identified by its country and title: importing it again refreshes it. */
    async upsert(input: ProgramInput): Promise<Program> {
      const result = await executor.query<{ id: string }>(
        `INSERT INTO programs (country, ministry_id, industry, title, period_from, period_to, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (country, title) DO UPDATE SET ministry_id = EXCLUDED.ministry_id, industry = EXCLUDED.industry,
           period_from = EXCLUDED.period_from, period_to = EXCLUDED.period_to, status = EXCLUDED.status,
           updated_at = now()
         RETURNING id`,
        [
          input.country,
          input.ministryId,
          input.industry,
          input.title,
          input.periodFrom,
          input.periodTo,
          input.status,
        ],
      );
      return (await this.findById(result.rows[0]!.id))!;
    },

    async findById(id: string): Promise<Program | undefined> {
      const result = await executor.query<ProgramRow>(
        `SELECT ${programColumns} FROM programs p WHERE p.id = $1`,
        [id],
      );
      return result.rows[0] ? toProgram(result.rows[0]) : undefined;
    },

    async list(filter: { country?: string | undefined }): Promise<Program[]> {
      const result = await executor.query<ProgramRow>(
        `SELECT ${programColumns} FROM programs p WHERE ($1::text IS NULL OR p.country = $1) ORDER BY p.country, p.title`,
        [filter.country ?? null],
      );
      return result.rows.map(toProgram);
    },

    async upsertItems(
      programId: string,
      items: Array<{ item: ProgramItemInput; position: number }>,
    ): Promise<{ inserted: number; updated: number }> {
      if (items.length === 0) return { inserted: 0, updated: 0 };
      const result = await executor.query<{ is_inserted: boolean }>(
        `INSERT INTO program_items (program_id, position, external_id, name, name_en, description, tnved, okpd2,
           requirements, quantity_per_year, quantity_unit, value_per_year, currency, target_year,
           responsible_enterprise, note)
         SELECT $1::uuid, position, external_id, name, name_en, description, tnved, okpd2, requirements,
           quantity_per_year, quantity_unit, value_per_year, currency, target_year, responsible_enterprise, note
         FROM jsonb_to_recordset($2::jsonb) AS incoming(position integer, external_id text, name text, name_en text,
           description text, tnved text, okpd2 text, requirements jsonb, quantity_per_year numeric,
           quantity_unit text, value_per_year numeric, currency text, target_year integer,
           responsible_enterprise text, note text)
         ON CONFLICT (program_id, external_id) DO UPDATE SET position = EXCLUDED.position, name = EXCLUDED.name,
           name_en = EXCLUDED.name_en, description = EXCLUDED.description, tnved = EXCLUDED.tnved,
           okpd2 = EXCLUDED.okpd2, requirements = EXCLUDED.requirements,
           quantity_per_year = EXCLUDED.quantity_per_year, quantity_unit = EXCLUDED.quantity_unit,
           value_per_year = EXCLUDED.value_per_year, currency = EXCLUDED.currency,
           target_year = EXCLUDED.target_year, responsible_enterprise = EXCLUDED.responsible_enterprise,
           note = EXCLUDED.note, updated_at = now()
         RETURNING (xmax = 0) AS is_inserted`,
        [
          programId,
          JSON.stringify(
            items.map(({ item, position }) => ({
              position,
              external_id: item.externalId,
              name: item.name,
              name_en: item.nameEn,
              description: item.description,
              tnved: item.tnved,
              okpd2: item.okpd2,
              requirements: item.requirements,
              quantity_per_year: item.quantityPerYear,
              quantity_unit: item.quantityUnit,
              value_per_year: item.valuePerYear,
              currency: item.currency,
              target_year: item.targetYear,
              responsible_enterprise: item.responsibleEnterprise,
              note: item.note,
            })),
          ),
        ],
      );
      const inserted = result.rows.filter((row) => row.is_inserted).length;
      return { inserted, updated: result.rows.length - inserted };
    },

    /** All items of a program in their order; programs hold thousands of items, not millions. */
    async listItems(programId: string): Promise<ProgramItem[]> {
      const result = await executor.query<ProgramItemRow>(
        `SELECT ${itemColumns} FROM program_items WHERE program_id = $1 ORDER BY position, id`,
        [programId],
      );
      return result.rows.map(toItem);
    },
  };
}

export type ProgramsRepository = ReturnType<typeof createProgramsRepository>;
