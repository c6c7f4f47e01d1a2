import {
  AppError,
  canManageProgramsOf,
  programInputSchema,
  requireAccess,
  type Program,
  type ProgramInput,
} from '@coopex/domain';
import { createRepositories } from '@coopex/db';
import { convertProgramRow } from '@coopex/import';
import { checkBatchRows } from '../imports/check-batch-rows';
import type { ImportReport } from '../imports/import-report';
import { runTableImport, type TableImportOptions } from '../imports/run-table-import';
import { findOrganisationByReference } from '../organisations/find-organisation-by-reference';

/**
 * Imports a ministry's import-substitution program (CSV or XLSX: the hot-list columns plus value, target_year,
 * responsible, note) in one transaction. A program is known by its country and title: importing it again updates
 * its items by external id.
 */
export async function importProgram(
  options: TableImportOptions & {
    /** The program's details as a user gives them; validated here (country code, years). */
    program: Partial<Omit<ProgramInput, 'ministryId' | 'country' | 'title'>> & {
      country: string;
      title: string;
      ministry?: string | undefined;
    };
  },
): Promise<ImportReport & { program: Program | null }> {
  const ministry = options.program.ministry
    ? await findOrganisationByReference({ database: options.database, reference: options.program.ministry })
    : null;
  if (ministry && ministry.country !== options.program.country.toUpperCase()) {
    throw new AppError('validation_failed', `${ministry.nameRu} is not of ${options.program.country}`, {
      field: 'ministry',
    });
  }
  requireAccess(
    options.actor,
    canManageProgramsOf(options.actor, options.program.country.toUpperCase()),
    'load the import-substitution programs of this country',
    { country: options.program.country.toUpperCase() },
  );
  const { ministry: _ministry, ...rest } = options.program;
  const programInput = programInputSchema.parse({
    ...rest,
    country: rest.country.toUpperCase(),
    ministryId: ministry?.id ?? null,
  });
  const seenExternalIds = new Map<string, number>();
  let program: Program | null = null;

  const report = await runTableImport(options, {
    kind: 'demand',
    convert: (row, columns) => ({ row, ...convertProgramRow(row, columns) }),
    async processBatch({ transaction, rows, isWriting }) {
      const repositories = createRepositories(transaction);
      const { problems, warnings, accepted } = await checkBatchRows({ repositories, rows, seenExternalIds });
      if (!isWriting || accepted.length === 0) return { problems, warnings, inserted: 0, updated: 0 };
      program ??= await repositories.programs.upsert(programInput);
      return {
        problems,
        warnings,
        ...(await repositories.programs.upsertItems(
          program.id,
          accepted.map(({ input, position }) => ({ item: input, position })),
        )),
      };
    },
  });
  const stored =
    report.status === 'rejected' || program === null
      ? null
      : await createRepositories(options.database).programs.findById((program as Program).id);
  return { ...report, program: stored ?? null };
}
