import { AppError } from '@coopex/domain';
import { createRepositories, type AnalogueRecord, type Database } from '@coopex/db';
import { parseAnalogueGrade, readTable, type RowProblem, type TableSource } from '@coopex/import';
import type { CatalogMatching } from '../matching/catalog-matching';

/** Headers of an analogue cross-reference, canonical first, with the Russian ones reference books use. */
const analogueColumns: Record<keyof AnalogueRecord, readonly string[]> = {
  foreignPart: ['foreign_part', 'иностранный компонент', 'зарубежный аналог', 'импортный компонент'],
  foreignManufacturer: ['foreign_manufacturer', 'иностранный производитель', 'зарубежный производитель'],
  domesticPart: ['domestic_part', 'отечественный аналог', 'отечественный компонент'],
  domesticManufacturer: ['domestic_manufacturer', 'отечественный производитель'],
  grade: ['grade', 'тип замены', 'степень совместимости'],
  source: ['source', 'источник'],
};

export interface AnalogueImportReport {
  status: 'imported' | 'rejected' | 'partial';
  rowsRead: number;
  inserted: number;
  updated: number;
  rowsRejected: number;
  problems: RowProblem[];
}

/**
 * Imports a cross-reference of foreign parts and their domestic analogues (CSV or XLSX:
 * foreign_part, foreign_manufacturer, domestic_part, domestic_manufacturer, grade, source), all rows or none.
 * Compact entries such as «140УД5А,Б» are kept as written and expanded by the matcher.
 */
export async function importAnalogues(options: {
  database: Database;
  source: TableSource;
  fileName?: string | undefined;
  skipInvalid?: boolean | undefined;
  matching?: CatalogMatching | undefined;
}): Promise<AnalogueImportReport> {
  const table = await readTable({ source: options.source, fileName: options.fileName });
  const headerOf = resolveHeaders(table.headers);
  const report: AnalogueImportReport = { status: 'imported', rowsRead: 0, inserted: 0, updated: 0, rowsRejected: 0, problems: [] };
  const records: AnalogueRecord[] = [];
  for await (const row of table.rows) {
    report.rowsRead += 1;
    const cell = (field: keyof AnalogueRecord) => {
      const header = headerOf.get(field);
      const text = header ? (row.values[header] ?? '').trim() : '';
      return text === '' ? null : text;
    };
    const problems: RowProblem[] = [];
    for (const field of ['foreignPart', 'domesticPart'] as const) {
      if (cell(field) === null) {
        problems.push({ row: row.rowNumber, column: headerOf.get(field) ?? analogueColumns[field][0]!, value: null, reason: 'required' });
      }
    }
    const gradeText = cell('grade');
    const grade = gradeText === null ? { reason: 'required' } : parseAnalogueGrade(gradeText);
    if ('reason' in grade) {
      problems.push({ row: row.rowNumber, column: headerOf.get('grade') ?? 'grade', value: gradeText, reason: grade.reason });
    }
    if (problems.length > 0 || 'reason' in grade) {
      report.rowsRejected += 1;
      report.problems.push(...problems);
      continue;
    }
    records.push({
      foreignPart: cell('foreignPart')!,
      foreignManufacturer: cell('foreignManufacturer'),
      domesticPart: cell('domesticPart')!,
      domesticManufacturer: cell('domesticManufacturer'),
      grade: grade.value,
      source: cell('source'),
    });
  }
  if (report.rowsRejected > 0 && !options.skipInvalid) return { ...report, status: 'rejected' };
  await options.database.transaction(async (transaction) => {
    const repositories = createRepositories(transaction);
    for (let start = 0; start < records.length; start += 1000) {
      const written = await repositories.analogues.upsertMany(dedupe(records.slice(start, start + 1000)));
      report.inserted += written.inserted;
      report.updated += written.updated;
    }
  });
  if (options.matching) {
    await options.matching.reloadAnalogues();
    await options.matching.refreshAllLines();
  }
  return { ...report, status: report.rowsRejected > 0 ? 'partial' : 'imported' };
}

function resolveHeaders(headers: string[]): Map<keyof AnalogueRecord, string> {
  const found = new Map<keyof AnalogueRecord, string>();
  const simplify = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/[\s_]+/g, ' ').trim();
  for (const header of headers) {
    for (const [field, names] of Object.entries(analogueColumns) as Array<[keyof AnalogueRecord, readonly string[]]>) {
      if (names.some((name) => simplify(name) === simplify(header)) && !found.has(field)) found.set(field, header);
    }
  }
  for (const required of ['foreignPart', 'domesticPart', 'grade'] as const) {
    if (!found.has(required)) {
      throw new AppError('validation_failed', `The analogue file has no ${analogueColumns[required][0]} column`, {
        headers,
        expected: Object.values(analogueColumns).map((names) => names[0]),
      });
    }
  }
  return found;
}

/** One statement cannot touch a row twice: the last spelling of a pair in the file wins. */
function dedupe(records: AnalogueRecord[]): AnalogueRecord[] {
  const byPair = new Map<string, AnalogueRecord>();
  for (const record of records) byPair.set(`${record.foreignPart}\u0000${record.domesticPart}`, record);
  return [...byPair.values()];
}
