import { AppError, type AnalogueGradeName } from '@coopex/domain';
import { parseAnalogueGrade } from '../rows/cell-parsers';
import type { RowProblem } from '../rows/row-problem';
import { readTable, type TableSource } from '../tabular';

export interface AnalogueRow {
  rowNumber: number;
  foreignPart: string;
  foreignManufacturer: string | null;
  domesticPart: string;
  domesticManufacturer: string | null;
  grade: AnalogueGradeName;
  source: string | null;
}

type AnalogueField = Exclude<keyof AnalogueRow, 'rowNumber'>;

/** Headers of an analogue cross-reference, canonical first, then the Russian ones reference books use. */
const analogueColumns: Record<AnalogueField, readonly string[]> = {
  foreignPart: ['foreign_part', 'иностранный компонент', 'зарубежный аналог', 'импортный компонент'],
  foreignManufacturer: ['foreign_manufacturer', 'иностранный производитель', 'зарубежный производитель'],
  domesticPart: ['domestic_part', 'отечественный аналог', 'отечественный компонент'],
  domesticManufacturer: ['domestic_manufacturer', 'отечественный производитель'],
  grade: ['grade', 'тип замены', 'степень совместимости'],
  source: ['source', 'источник'],
};

/**
 * Reads a cross-reference of foreign parts and their domestic analogues (CSV or XLSX: foreign_part,
 * foreign_manufacturer, domestic_part, domestic_manufacturer, grade, source). Rows come back valid or as problems.
 */
export async function* readAnalogueTable(options: {
  source: TableSource;
  fileName?: string | undefined;
}): AsyncGenerator<{ row: AnalogueRow } | { problems: RowProblem[] }> {
  const table = await readTable({ source: options.source, fileName: options.fileName });
  const headerOf = resolveHeaders(table.headers);
  for await (const row of table.rows) {
    const cell = (field: AnalogueField) => {
      const header = headerOf.get(field);
      const text = header ? (row.values[header] ?? '').trim() : '';
      return text === '' ? null : text;
    };
    const problems: RowProblem[] = [];
    for (const field of ['foreignPart', 'domesticPart'] as const) {
      if (cell(field) === null) {
        problems.push({ row: row.rowNumber, column: headerOf.get(field)!, value: null, reason: 'required' });
      }
    }
    const gradeText = cell('grade');
    const grade = gradeText === null ? { reason: 'required' } : parseAnalogueGrade(gradeText);
    if ('reason' in grade) {
      problems.push({
        row: row.rowNumber,
        column: headerOf.get('grade')!,
        value: gradeText,
        reason: grade.reason,
      });
    }
    if (problems.length > 0 || 'reason' in grade) {
      yield { problems };
      continue;
    }
    yield {
      row: {
        rowNumber: row.rowNumber,
        foreignPart: cell('foreignPart')!,
        foreignManufacturer: cell('foreignManufacturer'),
        domesticPart: cell('domesticPart')!,
        domesticManufacturer: cell('domesticManufacturer'),
        grade: grade.value,
        source: cell('source'),
      },
    };
  }
}

function resolveHeaders(headers: string[]): Map<AnalogueField, string> {
  const found = new Map<AnalogueField, string>();
  const simplify = (text: string) =>
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[\s_]+/g, ' ')
      .trim();
  for (const header of headers) {
    for (const [field, names] of Object.entries(analogueColumns) as Array<
      [AnalogueField, readonly string[]]
    >) {
      if (!found.has(field) && names.some((name) => simplify(name) === simplify(header)))
        found.set(field, header);
    }
  }
  for (const required of ['foreignPart', 'domesticPart', 'grade'] as const) {
    if (!found.has(required)) {
      throw new AppError(
        'validation_failed',
        `The analogue file has no ${analogueColumns[required][0]} column`,
        {
          headers,
          expected: Object.values(analogueColumns).map((names) => names[0]),
        },
      );
    }
  }
  return found;
}
