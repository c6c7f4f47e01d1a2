import { AppError, type DemandList } from '@coopex/domain';
import { createRepositories } from '@coopex/db';
import { convertDemandRow, type RowProblem, type SourceRow } from '@coopex/import';
import { findOrganisationByReference } from '../organisations/find-organisation-by-reference';
import { createClassifierCodeChecker } from '../shared/check-classifier-codes';
import type { CatalogMatching } from '../matching/catalog-matching';
import type { ImportReport } from './import-report';
import { runTableImport, type TableImportOptions } from './run-table-import';

/**
 * Imports a hot list from CSV or XLSX into an existing list (by id), or into the organisation's list with this
 * title, creating it when needed. A line whose external id the list already holds is updated and keeps its status.
 */
export async function importDemandList(
  options: TableImportOptions & {
    organisationId: string;
    listId?: string | undefined;
    title?: string | undefined;
    description?: string | undefined;
    matching?: CatalogMatching | undefined;
  },
): Promise<ImportReport & { list: DemandList | null }> {
  const organisation = await findOrganisationByReference({
    database: options.database,
    reference: options.organisationId,
  });
  const title = options.title?.trim() || options.fileName?.replace(/\.[^.]+$/, '') || 'Hot list';
  const seenExternalIds = new Map<string, number>();
  let list: DemandList | null = null;

  const report = await runTableImport(options, {
    kind: 'demand',
    convert: (row, columns) => ({ row, ...convertDemandRow(row, columns) }),
    async processBatch({ transaction, rows, isWriting }) {
      const repositories = createRepositories(transaction);
      const problems = new Map<SourceRow, RowProblem[]>();
      const warnings: RowProblem[] = [];
      const codeCheck = await createClassifierCodeChecker(repositories)(rows.map(({ input }) => input));
      const accepted: Array<{ line: (typeof rows)[number]['input']; position: number }> = [];
      for (const [index, { row, input }] of rows.entries()) {
        const rowProblems = (codeCheck.errors.get(index) ?? []).map((problem) => ({
          row: row.rowNumber,
          column: problem.field,
          value: problem.value,
          reason: problem.reason,
        }));
        for (const warning of codeCheck.warnings.get(index) ?? []) {
          warnings.push({
            row: row.rowNumber,
            column: warning.field,
            value: warning.value,
            reason: warning.reason,
          });
        }
        if (input.externalId !== null) {
          const firstRow = seenExternalIds.get(input.externalId);
          if (firstRow !== undefined) {
            rowProblems.push({
              row: row.rowNumber,
              column: 'external_id',
              value: input.externalId,
              reason: `the same external id is already on row ${firstRow}`,
            });
          } else {
            seenExternalIds.set(input.externalId, row.rowNumber);
          }
        }
        if (rowProblems.length > 0) problems.set(row, rowProblems);
        else accepted.push({ line: input, position: row.rowNumber });
      }
      if (!isWriting || accepted.length === 0) return { problems, warnings, inserted: 0, updated: 0 };
      list ??= await findOrCreateList();
      const written = await repositories.demand.upsertLines(list.id, accepted);
      return { problems, warnings, ...written };

      async function findOrCreateList(): Promise<DemandList> {
        if (options.listId) {
          const existing = await repositories.demand.findListById(options.listId);
          if (!existing || existing.organisationId !== organisation.id) {
            throw new AppError('not_found', 'Hot list not found in this organisation', {
              listId: options.listId,
            });
          }
          return existing;
        }
        return (
          (await repositories.demand.findListByTitle(organisation.id, title)) ??
          (await repositories.demand.insertList(organisation.id, {
            title,
            description: options.description ?? null,
            visibility: 'union',
          }))
        );
      }
    },
  });
  const stored =
    report.status === 'rejected' || !list
      ? null
      : await createRepositories(options.database).demand.findListById((list as DemandList).id);
  if (stored && options.matching) await options.matching.refreshList(stored.id);
  return { ...report, list: stored ?? null };
}
