import {
  demandLineInputSchema,
  normalizeDemandLineInput,
  normalizeProductInput,
  parseProductParameterValue,
  parseRequirementValue,
  productInputSchema,
  programItemInputSchema,
  type DemandLineInput,
  type ProgramItemInput,
  type DemandRequirement,
  type FieldProblem,
  type ProductInput,
  type ProductParameter,
} from '@coopex/domain';
import type { CanonicalField } from '../tabular';
import type { BoundColumn } from './bind-columns';
import {
  parseAnalogueGrade,
  parseCriticality,
  parseDate,
  parseDecimal,
  parseProductStatus,
  parseWholeNumber,
  type CellResult,
} from './cell-parsers';
import type { RowProblem } from './row-problem';

export interface SourceRow {
  rowNumber: number;
  values: Record<string, string>;
  /** Non-empty cells to the right of the last header. */
  extraCells?: string[] | undefined;
}

/** Reads the cells of one row into named fields, collecting a problem for every cell it cannot read. */
class RowReader {
  readonly problems: RowProblem[] = [];
  private readonly byField = new Map<CanonicalField, { header: string; text: string }>();

  constructor(
    private readonly row: SourceRow,
    readonly columns: BoundColumn[],
  ) {
    if (row.extraCells && row.extraCells.length > 0) {
      this.problems.push({
        row: row.rowNumber,
        column: '(after the last column)',
        value: row.extraCells.join(' | '),
        reason: 'the row has more cells than the header has columns',
      });
    }
    for (const column of columns) {
      if (column.kind !== 'field') continue;
      const text = (row.values[column.header] ?? '').trim();
      if (text !== '') this.byField.set(column.field, { header: column.header, text });
    }
  }

  text(field: CanonicalField): string | null {
    return this.byField.get(field)?.text ?? null;
  }

  parsed<Value>(field: CanonicalField, parse: (text: string) => CellResult<Value>): Value | null {
    const cell = this.byField.get(field);
    if (!cell) return null;
    const result = parse(cell.text);
    if ('reason' in result) {
      this.problems.push({
        row: this.row.rowNumber,
        column: cell.header,
        value: cell.text,
        reason: result.reason,
      });
      return null;
    }
    return result.value;
  }

  parameterCells(): Array<{ column: Extract<BoundColumn, { kind: 'parameter' }>; text: string }> {
    return this.columns.flatMap((column) => {
      if (column.kind !== 'parameter') return [];
      const text = (this.row.values[column.header] ?? '').trim();
      return text === '' ? [] : [{ column, text }];
    });
  }

  addFieldProblems(problems: FieldProblem[]): void {
    for (const problem of problems) {
      const header =
        this.columns.find(
          (column) =>
            (column.kind === 'field' && column.field === problem.field) ||
            (column.kind === 'parameter' && `param:${column.name}` === problem.field),
        )?.header ?? problem.field;
      this.problems.push({
        row: this.row.rowNumber,
        column: header,
        value: problem.value,
        reason: problem.reason,
      });
    }
  }

  requireName(): string | null {
    const name = this.text('name');
    if (name === null) {
      const header = this.columns.find(
        (column) => column.kind === 'field' && column.field === 'name',
      )?.header;
      this.problems.push({
        row: this.row.rowNumber,
        column: header ?? 'name',
        value: null,
        reason: 'name is required',
      });
    }
    return name;
  }
}

export interface ConvertedProductRow {
  rowNumber: number;
  input: ProductInput | null;
  /** The supplier named in the row (tax id or name), for files that carry several suppliers. */
  supplierReference: string | null;
  problems: RowProblem[];
}

export function convertProductRow(row: SourceRow, columns: BoundColumn[]): ConvertedProductRow {
  const reader = new RowReader(row, columns);
  const name = reader.requireName();
  const parameters: ProductParameter[] = [];
  for (const { column, text } of reader.parameterCells()) {
    try {
      parameters.push({ name: column.name, value: parseProductParameterValue(text, column.unitCode) });
    } catch (error) {
      reader.problems.push({
        row: row.rowNumber,
        column: column.header,
        value: text,
        reason: reasonOf(error),
      });
    }
  }
  const candidate = {
    externalId: reader.text('external_id'),
    nameRu: name ?? '',
    nameEn: reader.text('name_en'),
    description: reader.text('description'),
    manufacturer: reader.text('manufacturer'),
    partNumber: reader.text('part_number'),
    tnved: reader.text('tnved'),
    okpd2: reader.text('okpd2'),
    country: reader.text('country'),
    parameters,
    capacityPerYear: reader.parsed('capacity', parseDecimal) ?? reader.parsed('quantity', parseDecimal),
    capacityUnit: reader.text('capacity_unit') ?? reader.text('unit'),
    leadTimeDays: reader.parsed('lead_time_days', parseWholeNumber),
    minimumOrder: reader.parsed('min_order', parseDecimal),
    minimumOrderUnit:
      reader.text('min_order_unit') ?? (reader.text('min_order') ? reader.text('unit') : null),
    price: reader.parsed('price', parseDecimal),
    currency: reader.text('currency'),
    status: reader.parsed('status', parseProductStatus) ?? 'active',
  };
  const input = finish(reader, row, productInputSchema, candidate, normalizeProductInput);
  return {
    rowNumber: row.rowNumber,
    input,
    supplierReference: reader.text('supplier'),
    problems: reader.problems,
  };
}

export interface ConvertedDemandRow {
  rowNumber: number;
  input: DemandLineInput | null;
  problems: RowProblem[];
}

export function convertDemandRow(row: SourceRow, columns: BoundColumn[]): ConvertedDemandRow {
  const reader = new RowReader(row, columns);
  const name = reader.requireName();
  const requirements: DemandRequirement[] = [];
  for (const { column, text } of reader.parameterCells()) {
    try {
      requirements.push({ name: column.name, requirement: parseRequirementValue(text, column.unitCode) });
    } catch (error) {
      reader.problems.push({
        row: row.rowNumber,
        column: column.header,
        value: text,
        reason: reasonOf(error),
      });
    }
  }
  const candidate = {
    externalId: reader.text('external_id'),
    name: name ?? '',
    nameEn: reader.text('name_en'),
    description: reader.text('description'),
    partNumber: reader.text('part_number'),
    manufacturer: reader.text('manufacturer'),
    originCountry: reader.text('country'),
    tnved: reader.text('tnved'),
    okpd2: reader.text('okpd2'),
    requirements,
    quantityPerYear: reader.parsed('quantity', parseDecimal),
    quantityUnit: reader.text('unit'),
    neededBy: reader.parsed('needed_by', parseDate),
    targetPrice: reader.parsed('target_price', parseDecimal) ?? reader.parsed('price', parseDecimal),
    currency: reader.text('currency'),
    criticality: reader.parsed('criticality', parseCriticality) ?? 'medium',
    minimumAnalogueGrade: reader.parsed('analogue_grade', parseAnalogueGrade),
  };
  const input = finish(reader, row, demandLineInputSchema, candidate, normalizeDemandLineInput);
  return { rowNumber: row.rowNumber, input, problems: reader.problems };
}

export interface ConvertedProgramRow {
  rowNumber: number;
  input: ProgramItemInput | null;
  problems: RowProblem[];
}

/** A program item reads like a hot-list line plus its yearly value, target year and responsible enterprise. */
export function convertProgramRow(row: SourceRow, columns: BoundColumn[]): ConvertedProgramRow {
  const line = convertDemandRow(row, columns);
  const reader = new RowReader(row, columns);
  const valuePerYear = reader.parsed('value', parseDecimal);
  const targetYear = reader.parsed('target_year', parseWholeNumber);
  const problems = [
    ...line.problems,
    ...reader.problems.filter((problem) => !line.problems.some((known) => known.column === problem.column)),
  ];
  if (!line.input || problems.length > 0) return { rowNumber: row.rowNumber, input: null, problems };
  const parsed = programItemInputSchema.safeParse({
    externalId: line.input.externalId,
    name: line.input.name,
    nameEn: line.input.nameEn,
    description: line.input.description,
    tnved: line.input.tnved,
    okpd2: line.input.okpd2,
    requirements: line.input.requirements,
    quantityPerYear: line.input.quantityPerYear,
    quantityUnit: line.input.quantityUnit,
    valuePerYear,
    currency: line.input.currency,
    targetYear,
    responsibleEnterprise: reader.text('responsible'),
    note: reader.text('note'),
  });
  if (!parsed.success) {
    reader.addFieldProblems(
      parsed.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? '') === 'targetYear' ? 'target_year' : String(issue.path[0] ?? ''),
        value: null,
        reason: issue.message,
      })),
    );
    return { rowNumber: row.rowNumber, input: null, problems: reader.problems };
  }
  return { rowNumber: row.rowNumber, input: parsed.data, problems: [] };
}

/** Checks the assembled record against the model's schema, then normalises codes, units and countries. */
function finish<Input>(
  reader: RowReader,
  row: SourceRow,
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: Input }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  candidate: Record<string, unknown>,
  normalize: (input: Input) => { value: Input; problems: FieldProblem[] },
): Input | null {
  if (reader.problems.length > 0) return null;
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) {
    reader.addFieldProblems(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        return { field: fieldOfProperty[key] ?? key, value: cellText(candidate[key]), reason: issue.message };
      }),
    );
    return null;
  }
  const normalised = normalize(parsed.data);
  reader.addFieldProblems(normalised.problems);
  return reader.problems.length > 0 ? null : normalised.value;
}

/** Model property → the canonical column a user would look for, so problems point at the right header. */
const fieldOfProperty: Record<string, string> = {
  externalId: 'external_id',
  nameRu: 'name',
  name: 'name',
  nameEn: 'name_en',
  partNumber: 'part_number',
  originCountry: 'country',
  capacityPerYear: 'capacity',
  leadTimeDays: 'lead_time_days',
  minimumOrder: 'min_order',
  quantityPerYear: 'quantity',
  neededBy: 'needed_by',
  targetPrice: 'target_price',
};

function cellText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
