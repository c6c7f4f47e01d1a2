import type { Repositories } from '@coopex/db';
import type { RowProblem, SourceRow } from '@coopex/import';
import { createClassifierCodeChecker } from '../shared/check-classifier-codes';

/**
 * The checks every list-like import makes on a batch against the database and the file so far: classifier codes
 * (errors, or warnings while a classifier is not loaded) and external ids repeated within the file. Rows that pass
 * come back with their position in the file.
 */
export async function checkBatchRows<
  Input extends { tnved: string | null; okpd2: string | null; externalId: string | null },
>(options: {
  repositories: Repositories;
  rows: ReadonlyArray<{ row: SourceRow; input: Input }>;
  /** External ids seen in earlier batches of the same file, with the row they were on. */
  seenExternalIds: Map<string, number>;
}): Promise<{
  problems: Map<SourceRow, RowProblem[]>;
  warnings: RowProblem[];
  accepted: Array<{ input: Input; position: number }>;
}> {
  const problems = new Map<SourceRow, RowProblem[]>();
  const warnings: RowProblem[] = [];
  const accepted: Array<{ input: Input; position: number }> = [];
  const codeCheck = await createClassifierCodeChecker(options.repositories)(
    options.rows.map(({ input }) => input),
  );
  for (const [index, { row, input }] of options.rows.entries()) {
    const toRowProblem = (problem: { field: string; value: string | null; reason: string }): RowProblem => ({
      row: row.rowNumber,
      column: problem.field,
      value: problem.value,
      reason: problem.reason,
    });
    const rowProblems = (codeCheck.errors.get(index) ?? []).map(toRowProblem);
    warnings.push(...(codeCheck.warnings.get(index) ?? []).map(toRowProblem));
    if (input.externalId !== null) {
      const firstRow = options.seenExternalIds.get(input.externalId);
      if (firstRow !== undefined) {
        rowProblems.push({
          row: row.rowNumber,
          column: 'external_id',
          value: input.externalId,
          reason: `the same external id is already on row ${firstRow}`,
        });
      } else options.seenExternalIds.set(input.externalId, row.rowNumber);
    }
    if (rowProblems.length > 0) problems.set(row, rowProblems);
    else accepted.push({ input, position: row.rowNumber });
  }
  return { problems, warnings, accepted };
}
