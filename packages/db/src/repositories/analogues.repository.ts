import type { SqlExecutor } from '../database';

export interface AnalogueRecord {
  foreignPart: string;
  foreignManufacturer: string | null;
  domesticPart: string;
  domesticManufacturer: string | null;
  grade: 'drop-in' | 'pin-compatible' | 'functional';
  source: string | null;
}

interface AnalogueRow {
  foreign_part: string;
  foreign_manufacturer: string | null;
  domestic_part: string;
  domestic_manufacturer: string | null;
  grade: AnalogueRecord['grade'];
  source: string | null;
}

export function createAnaloguesRepository(executor: SqlExecutor) {
  return {
    /** Writes a batch; a pair already known gets the newer grade, manufacturers and source. */
    async upsertMany(records: AnalogueRecord[]): Promise<{ inserted: number; updated: number }> {
      if (records.length === 0) return { inserted: 0, updated: 0 };
      const result = await executor.query<{ is_inserted: boolean }>(
        `INSERT INTO analogues (foreign_part, foreign_manufacturer, domestic_part, domestic_manufacturer, grade, source)
         SELECT foreign_part, foreign_manufacturer, domestic_part, domestic_manufacturer, grade, source
         FROM jsonb_to_recordset($1::jsonb) AS incoming(foreign_part text, foreign_manufacturer text,
           domestic_part text, domestic_manufacturer text, grade text, source text)
         ON CONFLICT (foreign_part, domestic_part) DO UPDATE SET foreign_manufacturer = EXCLUDED.foreign_manufacturer,
           domestic_manufacturer = EXCLUDED.domestic_manufacturer, grade = EXCLUDED.grade, source = EXCLUDED.source
         RETURNING (xmax = 0) AS is_inserted`,
        [
          JSON.stringify(
            records.map((record) => ({
              foreign_part: record.foreignPart,
              foreign_manufacturer: record.foreignManufacturer,
              domestic_part: record.domesticPart,
              domestic_manufacturer: record.domesticManufacturer,
              grade: record.grade,
              source: record.source,
            })),
          ),
        ],
      );
      const inserted = result.rows.filter((row) => row.is_inserted).length;
      return { inserted, updated: result.rows.length - inserted };
    },

    async listAll(): Promise<AnalogueRecord[]> {
      const result = await executor.query<AnalogueRow>(
        `SELECT foreign_part, foreign_manufacturer, domestic_part, domestic_manufacturer, grade, source
         FROM analogues ORDER BY foreign_part, domestic_part`,
      );
      return result.rows.map((row) => ({
        foreignPart: row.foreign_part,
        foreignManufacturer: row.foreign_manufacturer,
        domesticPart: row.domestic_part,
        domesticManufacturer: row.domestic_manufacturer,
        grade: row.grade,
        source: row.source,
      }));
    },
  };
}
