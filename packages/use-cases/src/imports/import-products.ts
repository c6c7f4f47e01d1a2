import {
  canEditCatalog,
  isAppError,
  requireAccess,
  type Organisation,
  type ProductInput,
} from '@coopex/domain';
import { createRepositories, type SqlExecutor } from '@coopex/db';
import { convertProductRow, type RowProblem, type SourceRow } from '@coopex/import';
import { findOrganisationByReference } from '../organisations/find-organisation-by-reference';
import { recordChange } from '../shared/record-change';
import { createClassifierCodeChecker } from '../shared/check-classifier-codes';
import type { CatalogMatching } from '../matching/catalog-matching';
import type { ImportReport } from './import-report';
import { runTableImport, type TableImportOptions } from './run-table-import';

/**
 * Imports a supplier catalog from CSV or XLSX. Rows go to the organisation given, or to the one named in the
 * row's supplier column (tax id or exact name). A row whose external id the catalog already holds updates it.
 */
export async function importProducts(
  options: TableImportOptions & {
    organisationId?: string | undefined;
    matching?: CatalogMatching | undefined;
  },
): Promise<ImportReport> {
  // Its transaction may run for a while: the sync moment must not pass it meanwhile (see startCatalogChange).
  const write = () => importProductRows(options);
  if (!options.matching) return write();
  // A preview or a rejected file changed nothing; a failure part-way may have committed batches.
  return options.matching.refreshes.duringCatalogChange(
    write,
    (report) => report.status !== 'rejected' && !options.isDryRun,
  );
}

async function importProductRows(
  options: TableImportOptions & { organisationId?: string | undefined },
): Promise<ImportReport> {
  const seenExternalIds = new Map<string, number>();
  const suppliers = new Map<string, Organisation | null>();
  const defaultSupplier = options.organisationId
    ? await findOrganisationByReference({ database: options.database, reference: options.organisationId })
    : null;
  if (defaultSupplier) {
    requireAccess(options.actor, canEditCatalog(options.actor, defaultSupplier.id), 'change this catalog', {
      organisationId: defaultSupplier.id,
    });
  }
  const touchedSuppliers = new Set<string>();

  const resolveSupplier = async (transaction: SqlExecutor, reference: string | null) => {
    if (reference === null) return defaultSupplier;
    if (!suppliers.has(reference)) {
      // The same rules as --organisation: id, tax id (optionally "BY:…"), or exact name; unknown or ambiguous → null.
      const found = await findOrganisationByReference({ database: transaction, reference }).catch(
        (error: unknown) => {
          if (isAppError(error) && (error.code === 'not_found' || error.code === 'conflict')) return null;
          throw error;
        },
      );
      suppliers.set(reference, found);
    }
    return suppliers.get(reference) ?? null;
  };

  const report = await runTableImport(options, {
    kind: 'product',
    convert: (row, columns) => {
      const converted = convertProductRow(row, columns);
      return {
        row,
        input: converted.input && { ...converted.input, supplier: converted.supplierReference },
        problems: converted.problems,
      };
    },
    async processBatch({ transaction, rows, isWriting }) {
      const repositories = createRepositories(transaction);
      const problems = new Map<SourceRow, RowProblem[]>();
      const warnings: RowProblem[] = [];
      const addProblem = (row: SourceRow, problem: RowProblem) => {
        problems.set(row, [...(problems.get(row) ?? []), problem]);
      };

      const codeCheck = await createClassifierCodeChecker(repositories)(rows.map(({ input }) => input));
      const bySupplier = new Map<Organisation, ProductInput[]>();
      for (const [index, { row, input }] of rows.entries()) {
        for (const problem of codeCheck.errors.get(index) ?? []) {
          addProblem(row, {
            row: row.rowNumber,
            column: problem.field,
            value: problem.value,
            reason: problem.reason,
          });
        }
        for (const warning of codeCheck.warnings.get(index) ?? []) {
          warnings.push({
            row: row.rowNumber,
            column: warning.field,
            value: warning.value,
            reason: warning.reason,
          });
        }
        const supplier = await resolveSupplier(transaction, input.supplier);
        if (!supplier) {
          addProblem(row, {
            row: row.rowNumber,
            column: 'supplier',
            value: input.supplier,
            reason: input.supplier
              ? 'no registered organisation has this tax id or name'
              : 'no supplier: name one in a supplier column or choose the organisation to import into',
          });
          continue;
        }
        if (!canEditCatalog(options.actor, supplier.id)) {
          addProblem(row, {
            row: row.rowNumber,
            column: 'supplier',
            value: input.supplier,
            reason: 'you may not change this organisation’s catalog',
          });
          continue;
        }
        if (input.externalId !== null) {
          const key = `${supplier.id}\u0000${input.externalId}`;
          const firstRow = seenExternalIds.get(key);
          if (firstRow !== undefined) {
            addProblem(row, {
              row: row.rowNumber,
              column: 'external_id',
              value: input.externalId,
              reason: `the same external id is already on row ${firstRow}`,
            });
            continue;
          }
          seenExternalIds.set(key, row.rowNumber);
        }
        if (problems.has(row)) continue;
        const { supplier: _supplier, ...product } = input;
        const list = bySupplier.get(supplier) ?? [];
        list.push({ ...product, country: product.country ?? supplier.country });
        bySupplier.set(supplier, list);
      }

      let inserted = 0;
      let updated = 0;
      if (isWriting) {
        for (const [supplier, products] of bySupplier) {
          const written = await repositories.products.upsertMany(supplier.id, products);
          touchedSuppliers.add(supplier.id);
          inserted += written.inserted;
          updated += written.updated;
        }
      }
      return { problems, warnings, inserted, updated };
    },
  });
  if (report.status !== 'rejected' && !options.isDryRun) {
    for (const organisationId of touchedSuppliers) {
      await recordChange(createRepositories(options.database), options.actor, {
        action: 'products.import',
        entityType: 'catalog',
        entityId: organisationId,
        organisationId,
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
  }
  return report;
}
