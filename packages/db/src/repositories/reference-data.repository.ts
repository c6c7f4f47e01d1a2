import type { SqlExecutor } from '../database';

export interface CountryRecord {
  code: string;
  nameRu: string;
  nameEn: string;
  isUnionMember: boolean;
}

export interface UnitRecord {
  code: string;
  dimension: string;
  nameRu: string;
  nameEn: string;
  factor: number;
  offset: number;
  aliases: readonly string[];
}

/** Countries and units: reference tables whose source of truth is the domain package, written on every migrate. */
export function createReferenceDataRepository(executor: SqlExecutor) {
  return {
    async upsertCountries(countries: CountryRecord[]): Promise<void> {
      await executor.query(
        `INSERT INTO countries (code, name_ru, name_en, is_union_member)
         SELECT code, name_ru, name_en, is_union_member
         FROM jsonb_to_recordset($1::jsonb) AS incoming(code text, name_ru text, name_en text, is_union_member boolean)
         ON CONFLICT (code) DO UPDATE SET name_ru = EXCLUDED.name_ru, name_en = EXCLUDED.name_en,
           is_union_member = EXCLUDED.is_union_member`,
        [
          JSON.stringify(
            countries.map((country) => ({
              code: country.code,
              name_ru: country.nameRu,
              name_en: country.nameEn,
              is_union_member: country.isUnionMember,
            })),
          ),
        ],
      );
    },

    async upsertUnits(units: UnitRecord[]): Promise<void> {
      await executor.query(
        `INSERT INTO units (code, dimension, name_ru, name_en, factor, base_offset, aliases)
         SELECT code, dimension, name_ru, name_en, factor, base_offset,
           ARRAY(SELECT jsonb_array_elements_text(aliases))
         FROM jsonb_to_recordset($1::jsonb) AS incoming(code text, dimension text, name_ru text, name_en text,
           factor double precision, base_offset double precision, aliases jsonb)
         ON CONFLICT (code) DO UPDATE SET dimension = EXCLUDED.dimension, name_ru = EXCLUDED.name_ru,
           name_en = EXCLUDED.name_en, factor = EXCLUDED.factor, base_offset = EXCLUDED.base_offset,
           aliases = EXCLUDED.aliases`,
        [
          JSON.stringify(
            units.map((unit) => ({
              code: unit.code,
              dimension: unit.dimension,
              name_ru: unit.nameRu,
              name_en: unit.nameEn,
              factor: unit.factor,
              base_offset: unit.offset,
              aliases: unit.aliases,
            })),
          ),
        ],
      );
    },

    async listCountries(): Promise<CountryRecord[]> {
      const result = await executor.query<{
        code: string;
        name_ru: string;
        name_en: string;
        is_union_member: boolean;
      }>('SELECT code, name_ru, name_en, is_union_member FROM countries ORDER BY is_union_member DESC, code');
      return result.rows.map((row) => ({
        code: row.code,
        nameRu: row.name_ru,
        nameEn: row.name_en,
        isUnionMember: row.is_union_member,
      }));
    },
  };
}

export type ReferenceDataRepository = ReturnType<typeof createReferenceDataRepository>;
