import type { SqlExecutor } from '../database';
import { escapeLikePattern } from './row-mapping';

export type ClassifierSystemName = 'tnved' | 'okpd2' | 'hs';

export interface ClassifierEntryRecord {
  system: ClassifierSystemName;
  code: string;
  parentCode: string | null;
  level: string;
  nameRu: string | null;
  nameEn: string | null;
  fullNameRu?: string | null | undefined;
  validFrom: string | null;
  validTo: string | null;
}

export interface ClassifierNode {
  code: string;
  level: string;
  nameRu: string | null;
  nameEn: string | null;
  fullNameRu: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** Sources without validity dates are stored from the beginning of time, so versions stay keyed by date. */
const undatedValidFrom = '0001-01-01';

interface NodeRow {
  code: string;
  level: string;
  name_ru: string | null;
  name_en: string | null;
  full_name_ru: string | null;
  valid_from: string;
  valid_to: string | null;
  parent_code?: string | null;
}

function toNode(row: NodeRow): ClassifierNode {
  return {
    code: row.code,
    level: row.level,
    nameRu: row.name_ru,
    nameEn: row.name_en,
    fullNameRu: row.full_name_ru,
    validFrom: row.valid_from === undatedValidFrom ? null : row.valid_from,
    validTo: row.valid_to,
  };
}

/** The version of each code in force on a date (or the newest one). */
const currentVersions = `SELECT DISTINCT ON (code) code, parent_code, level, name_ru, name_en, full_name_ru, valid_from, valid_to
  FROM classifier_entries WHERE system = $1 AND valid_from <= COALESCE($2::date, '9999-12-31')
  ORDER BY code, valid_from DESC`;

export function createClassifiersRepository(executor: SqlExecutor) {
  return {
    /** Writes a batch; a code already stored with the same start date is replaced by the incoming version. */
    async upsertEntries(entries: ClassifierEntryRecord[]): Promise<number> {
      if (entries.length === 0) return 0;
      const records = entries.map((entry) => ({
        system: entry.system,
        code: entry.code,
        valid_from: entry.validFrom ?? undatedValidFrom,
        valid_to: entry.validTo,
        parent_code: entry.parentCode,
        level: entry.level,
        name_ru: entry.nameRu,
        name_en: entry.nameEn,
        full_name_ru: entry.fullNameRu ?? null,
      }));
      const result = await executor.query(
        `INSERT INTO classifier_entries (system, code, valid_from, valid_to, parent_code, level, name_ru, name_en, full_name_ru)
         SELECT system, code, valid_from, valid_to, parent_code, level, name_ru, name_en, full_name_ru
         FROM jsonb_to_recordset($1::jsonb) AS incoming(system text, code text, valid_from date, valid_to date,
           parent_code text, level text, name_ru text, name_en text, full_name_ru text)
         ON CONFLICT (system, code, valid_from) DO UPDATE SET valid_to = EXCLUDED.valid_to,
           parent_code = EXCLUDED.parent_code, level = EXCLUDED.level,
           name_ru = COALESCE(EXCLUDED.name_ru, classifier_entries.name_ru),
           name_en = COALESCE(EXCLUDED.name_en, classifier_entries.name_en),
           full_name_ru = COALESCE(EXCLUDED.full_name_ru, classifier_entries.full_name_ru)`,
        [JSON.stringify(records)],
      );
      return result.rowCount;
    },

    /** How many distinct codes each system holds per level. */
    async countByLevel(): Promise<Array<{ system: ClassifierSystemName; level: string; codes: number }>> {
      const result = await executor.query<{ system: ClassifierSystemName; level: string; codes: number }>(
        `SELECT system, level, count(DISTINCT code) AS codes FROM classifier_entries GROUP BY system, level
         ORDER BY system, level`,
      );
      return result.rows.map((row) => ({ ...row, codes: Number(row.codes) }));
    },

    async hasSystem(system: ClassifierSystemName): Promise<boolean> {
      const result = await executor.query('SELECT 1 FROM classifier_entries WHERE system = $1 LIMIT 1', [
        system,
      ]);
      return result.rows.length > 0;
    },

    /** Which of these codes the classifier knows (in any version). */
    async findExistingCodes(system: ClassifierSystemName, codes: string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const result = await executor.query<{ code: string }>(
        'SELECT DISTINCT code FROM classifier_entries WHERE system = $1 AND code = ANY($2::text[])',
        [system, codes],
      );
      return new Set(result.rows.map((row) => row.code));
    },

    /** The code and its ancestors, root first, as in force on the date given (or the newest versions). */
    async findPath(system: ClassifierSystemName, code: string, onDate?: string): Promise<ClassifierNode[]> {
      const result = await executor.query<NodeRow & { depth: number }>(
        `WITH RECURSIVE current AS (${currentVersions}),
         walk AS (
           SELECT current.*, 0 AS depth FROM current WHERE code = $3
           UNION ALL
           SELECT current.*, walk.depth + 1 FROM current JOIN walk ON current.code = walk.parent_code
           WHERE walk.depth < 12
         )
         SELECT * FROM walk ORDER BY depth DESC`,
        [system, onDate ?? null, code],
      );
      return result.rows.map(toNode);
    },

    async findChildren(system: ClassifierSystemName, parentCode: string | null): Promise<ClassifierNode[]> {
      const result = await executor.query<NodeRow>(
        `SELECT * FROM (${currentVersions}) current
         WHERE ($3::text IS NULL AND parent_code IS NULL) OR parent_code = $3 ORDER BY code LIMIT 1000`,
        [system, null, parentCode],
      );
      return result.rows.map(toNode);
    },

    /** Codes whose name contains every word of the query, or whose code starts with it. */
    async search(system: ClassifierSystemName, query: string, limit: number): Promise<ClassifierNode[]> {
      const words = query
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word.length > 0)
        .slice(0, 8)
        .map((word) => `%${escapeLikePattern(word)}%`);
      const compactCode = query.replace(/[\s.]/g, '');
      const result = await executor.query<NodeRow>(
        `SELECT * FROM (${currentVersions}) current
         WHERE replace(code, '.', '') LIKE $3 || '%'
            OR (cardinality($4::text[]) > 0 AND NOT EXISTS (
              SELECT 1 FROM unnest($4::text[]) AS word
              WHERE COALESCE(full_name_ru, name_ru, '') || ' ' || COALESCE(name_en, '') NOT ILIKE word))
         ORDER BY length(code), code LIMIT $5`,
        [system, null, escapeLikePattern(compactCode), words, limit],
      );
      return result.rows.map(toNode);
    },
  };
}

export type ClassifiersRepository = ReturnType<typeof createClassifiersRepository>;
