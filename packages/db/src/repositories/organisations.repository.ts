import type { Organisation, OrganisationInput } from '@coopex/domain';
import type { SqlExecutor } from '../database';
import { escapeLikePattern, toIsoTimestamp, type Page } from './row-mapping';

interface OrganisationRow {
  id: string;
  kind: Organisation['kind'];
  name_ru: string;
  name_en: string | null;
  country: Organisation['country'];
  tax_id: string;
  ogrn: string | null;
  industries: string[];
  created_at: Date | string;
  updated_at: Date | string;
}

const columns = 'id, kind, name_ru, name_en, country, tax_id, ogrn, industries, created_at, updated_at';

function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    kind: row.kind,
    nameRu: row.name_ru,
    nameEn: row.name_en,
    country: row.country,
    taxId: row.tax_id,
    ogrn: row.ogrn,
    industries: row.industries,
    createdAt: toIsoTimestamp(row.created_at),
    updatedAt: toIsoTimestamp(row.updated_at),
  };
}

export interface OrganisationFilter {
  country?: string | undefined;
  kind?: Organisation['kind'] | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

export function createOrganisationsRepository(executor: SqlExecutor) {
  return {
    async insert(input: OrganisationInput): Promise<Organisation> {
      const result = await executor.query<OrganisationRow>(
        `INSERT INTO organisations (kind, name_ru, name_en, country, tax_id, ogrn, industries)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${columns}`,
        [input.kind, input.nameRu, input.nameEn, input.country, input.taxId, input.ogrn, input.industries],
      );
      return toOrganisation(result.rows[0]!);
    },

    /** Creates or refreshes an organisation identified by its country and tax id. */
    async upsertByTaxId(input: OrganisationInput): Promise<Organisation> {
      const result = await executor.query<OrganisationRow>(
        `INSERT INTO organisations (kind, name_ru, name_en, country, tax_id, ogrn, industries)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (country, tax_id) DO UPDATE SET kind = EXCLUDED.kind, name_ru = EXCLUDED.name_ru,
           name_en = EXCLUDED.name_en, ogrn = EXCLUDED.ogrn, industries = EXCLUDED.industries, updated_at = now()
         RETURNING ${columns}`,
        [input.kind, input.nameRu, input.nameEn, input.country, input.taxId, input.ogrn, input.industries],
      );
      return toOrganisation(result.rows[0]!);
    },

    async update(id: string, input: OrganisationInput): Promise<Organisation | undefined> {
      const result = await executor.query<OrganisationRow>(
        `UPDATE organisations SET kind = $2, name_ru = $3, name_en = $4, country = $5, tax_id = $6, ogrn = $7,
           industries = $8, updated_at = now()
         WHERE id = $1 RETURNING ${columns}`,
        [
          id,
          input.kind,
          input.nameRu,
          input.nameEn,
          input.country,
          input.taxId,
          input.ogrn,
          input.industries,
        ],
      );
      return result.rows[0] ? toOrganisation(result.rows[0]) : undefined;
    },

    /** The country of each of these organisations, in one query. */
    async findCountries(ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const result = await executor.query<{ id: string; country: string }>(
        'SELECT id, country FROM organisations WHERE id = ANY($1::uuid[])',
        [ids],
      );
      return new Map(result.rows.map((row) => [row.id, row.country.trim()]));
    },

    async findById(id: string): Promise<Organisation | undefined> {
      const result = await executor.query<OrganisationRow>(
        `SELECT ${columns} FROM organisations WHERE id = $1`,
        [id],
      );
      return result.rows[0] ? toOrganisation(result.rows[0]) : undefined;
    },

    async findByTaxId(taxId: string, country?: string): Promise<Organisation[]> {
      const result = await executor.query<OrganisationRow>(
        `SELECT ${columns} FROM organisations WHERE tax_id = $1 AND ($2::text IS NULL OR country = $2) ORDER BY country`,
        [taxId, country ?? null],
      );
      return result.rows.map(toOrganisation);
    },

    async list(filter: OrganisationFilter): Promise<Page<Organisation>> {
      const parameters = [
        filter.country ?? null,
        filter.kind ?? null,
        filter.search ? `%${escapeLikePattern(filter.search)}%` : null,
      ];
      const where = `WHERE ($1::text IS NULL OR country = $1) AND ($2::text IS NULL OR kind = $2)
        AND ($3::text IS NULL OR name_ru ILIKE $3 OR name_en ILIKE $3 OR tax_id LIKE $3)`;
      const [items, total] = await Promise.all([
        executor.query<OrganisationRow>(
          `SELECT ${columns} FROM organisations ${where} ORDER BY country, name_ru, id LIMIT $4 OFFSET $5`,
          [...parameters, filter.limit, filter.offset],
        ),
        executor.query<{ count: number }>(`SELECT count(*) AS count FROM organisations ${where}`, parameters),
      ]);
      return {
        items: items.rows.map(toOrganisation),
        total: total.rows[0]?.count ?? 0,
        limit: filter.limit,
        offset: filter.offset,
      };
    },

    async delete(id: string): Promise<boolean> {
      const result = await executor.query('DELETE FROM organisations WHERE id = $1', [id]);
      return result.rowCount > 0;
    },
  };
}

export type OrganisationsRepository = ReturnType<typeof createOrganisationsRepository>;
