import { AppError, canEditDemand, requireAccess, type DemandList } from '@coopex/domain';
import { createRepositories } from '@coopex/db';
import { convertDemandRow } from '@coopex/import';
import { recordChange } from '../shared/record-change';
import { findOrganisationByReference } from '../organisations/find-organisation-by-reference';
import type { CatalogMatching } from '../matching/catalog-matching';
import { checkBatchRows } from './check-batch-rows';
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
  requireAccess(
    options.actor,
    canEditDemand(options.actor, organisation.id),
    'publish hot lists for this organisation',
    {
      organisationId: organisation.id,
    },
  );
  const title = options.title?.trim() || options.fileName?.replace(/\.[^.]+$/, '') || 'Hot list';
  const seenExternalIds = new Map<string, number>();
  let list: DemandList | null = null;

  const report = await runTableImport(options, {
    kind: 'demand',
    convert: (row, columns) => ({ row, ...convertDemandRow(row, columns) }),
    async processBatch({ transaction, rows, isWriting }) {
      const repositories = createRepositories(transaction);
      const { problems, warnings, accepted } = await checkBatchRows({ repositories, rows, seenExternalIds });
      if (!isWriting || accepted.length === 0) return { problems, warnings, inserted: 0, updated: 0 };
      list ??= await findOrCreateList();
      const written = await repositories.demand.upsertLines(
        list.id,
        accepted.map(({ input, position }) => ({ line: input, position })),
      );
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
  // A dry run rolled its list back: there is nothing to read or to match.
  const stored =
    report.status === 'rejected' || !list || options.isDryRun
      ? null
      : await createRepositories(options.database).demand.findListById((list as DemandList).id);
  if (stored) {
    await recordChange(createRepositories(options.database), options.actor, {
      action: 'demand_list.import',
      entityType: 'demand_list',
      entityId: stored.id,
      organisationId: stored.organisationId,
      after: {
        fileName: options.fileName ?? null,
        status: report.status,
        rowsRead: report.rowsRead,
        inserted: report.inserted,
        updated: report.updated,
        rowsRejected: report.rowsRejected,
      },
    });
  }
  if (stored) options.matching?.refreshes.requestListRefresh(stored.id);
  return { ...report, list: stored ?? null };
}
