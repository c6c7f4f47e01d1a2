import { canManageReferenceData, requireAccess, type Actor } from '@coopex/domain';
import { createRepositories, type AnalogueRecord, type Database } from '@coopex/db';
import { readAnalogueTable, type RowProblem, type TableSource } from '@coopex/import';
import { recordChange } from '../shared/record-change';
import type { CatalogMatching } from '../matching/catalog-matching';

export interface AnalogueImportReport {
  status: 'imported' | 'rejected' | 'partial';
  rowsRead: number;
  inserted: number;
  updated: number;
  rowsRejected: number;
  problems: RowProblem[];
}

/**
 * Imports a cross-reference of foreign parts and their domestic analogues, all rows or none. Compact entries such
 * as «140УД5А,Б» are kept as written and expanded by the matcher; the stored matches of open lines follow.
 */
export async function importAnalogues(options: {
  database: Database;
  actor: Actor;
  source: TableSource;
  fileName?: string | undefined;
  skipInvalid?: boolean | undefined;
  matching?: CatalogMatching | undefined;
}): Promise<AnalogueImportReport> {
  requireAccess(options.actor, canManageReferenceData(options.actor), 'import the analogue cross-reference');
  const report: AnalogueImportReport = {
    status: 'imported',
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    rowsRejected: 0,
    problems: [],
  };
  // A cross-reference is small next to a catalog: the pairs are gathered, deduplicated, then written at once.
  const byPair = new Map<string, AnalogueRecord>();
  for await (const result of readAnalogueTable({ source: options.source, fileName: options.fileName })) {
    report.rowsRead += 1;
    if ('problems' in result) {
      report.rowsRejected += 1;
      report.problems.push(...result.problems);
      continue;
    }
    const { rowNumber: _rowNumber, ...record } = result.row;
    byPair.set(`${record.foreignPart}\u0000${record.domesticPart}`, record);
  }
  if (report.rowsRejected > 0 && !options.skipInvalid) return { ...report, status: 'rejected' };
  const records = [...byPair.values()];
  await options.database.transaction(async (transaction) => {
    const repositories = createRepositories(transaction);
    for (let start = 0; start < records.length; start += 1000) {
      const written = await repositories.analogues.upsertMany(records.slice(start, start + 1000));
      report.inserted += written.inserted;
      report.updated += written.updated;
    }
  });
  await recordChange(createRepositories(options.database), options.actor, {
    action: 'analogues.import',
    entityType: 'analogues',
    entityId: null,
    organisationId: null,
    after: {
      fileName: options.fileName ?? null,
      rowsRead: report.rowsRead,
      inserted: report.inserted,
      updated: report.updated,
      rowsRejected: report.rowsRejected,
    },
  });
  if (options.matching) {
    // Ad-hoc matches see the new cross-reference at once; stored matches follow in the background.
    await options.matching.reloadAnalogues();
    await options.matching.requestAllLinesRefresh();
  }
  return { ...report, status: report.rowsRejected > 0 ? 'partial' : 'imported' };
}
