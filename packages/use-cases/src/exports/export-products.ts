import {
  canSeeConfidentialProductFields,
  formatParameterValue,
  isPlatformAdmin,
  requireAccess,
  type Actor,
  type Product,
} from '@coopex/domain';
import { createRepositories, type Database } from '@coopex/db';
import { writeTable, type WriteTableOptions } from '@coopex/import';
import { findOrganisationByReference } from '../organisations/find-organisation-by-reference';

const productColumns = [
  'external_id',
  'name',
  'name_en',
  'description',
  'manufacturer',
  'part_number',
  'tnved',
  'okpd2',
  'country',
  'supplier',
  'capacity',
  'capacity_unit',
  'lead_time_days',
  'min_order',
  'min_order_unit',
  'price',
  'currency',
  'status',
] as const;

/**
 * Writes a catalog (one organisation's, or all) to CSV or XLSX with the canonical headers and one column per
 * parameter, so the file re-imports unchanged. Products stream from the database in batches.
 */
export async function exportProducts(options: {
  database: Database;
  actor: Actor;
  organisationId?: string | undefined;
  destination: WriteTableOptions['destination'];
  format: 'csv' | 'xlsx';
}): Promise<{ rowsWritten: number }> {
  const repositories = createRepositories(options.database);
  const organisation = options.organisationId
    ? await findOrganisationByReference({ database: options.database, reference: options.organisationId })
    : undefined;
  requireAccess(
    options.actor,
    organisation
      ? canSeeConfidentialProductFields(options.actor, {
          organisationId: organisation.id,
          supplierCountry: organisation.country,
          offeredToOrganisationIds: [],
        })
      : isPlatformAdmin(options.actor),
    organisation ? 'export this catalog' : 'export every catalog',
  );
  const parameterColumns = await repositories.products.listParameterColumns(organisation?.id);
  const supplierTaxIds = new Map<string, string>();
  let rowsWritten = 0;

  async function* rows() {
    for await (const product of repositories.products.streamAll({ organisationId: organisation?.id })) {
      if (!supplierTaxIds.has(product.organisationId)) {
        const supplier = await repositories.organisations.findById(product.organisationId);
        supplierTaxIds.set(product.organisationId, supplier?.taxId ?? '');
      }
      rowsWritten += 1;
      yield [
        ...productCells(product, supplierTaxIds.get(product.organisationId)!),
        ...parameterCells(product),
      ];
    }
  }

  function parameterCells(product: Product): Array<string | null> {
    return parameterColumns.map((column) => {
      const parameter = product.parameters.find(
        (candidate) =>
          candidate.name === column.name &&
          ('unit' in candidate.value ? (candidate.value.unit ?? null) : null) === column.unit,
      );
      return parameter ? formatParameterValue(parameter.value) : null;
    });
  }

  await writeTable({
    destination: options.destination,
    format: options.format,
    sheetName: 'Products',
    headers: [
      ...productColumns,
      ...parameterColumns.map((column) => `param:${column.name}${column.unit ? `[${column.unit}]` : ''}`),
    ],
    rows: rows(),
  });
  return { rowsWritten };
}

function productCells(product: Product, supplierTaxId: string): Array<string | number | null> {
  return [
    product.externalId,
    product.nameRu,
    product.nameEn,
    product.description,
    product.manufacturer,
    product.partNumber,
    product.tnved,
    product.okpd2,
    product.country,
    supplierTaxId,
    product.capacityPerYear,
    product.capacityUnit,
    product.leadTimeDays,
    product.minimumOrder,
    product.minimumOrderUnit,
    product.price,
    product.currency,
    product.status,
  ];
}
