import type { Product, ProductInput, ProductParameter } from '@coopex/domain';
import type { SqlExecutor } from '../database';
import {
  escapeLikePattern,
  prefixColumns,
  streamByKeyset,
  toIsoTimestamp,
  toNullableNumber,
  toNullableString,
  type Page,
} from './row-mapping';

interface ProductRow {
  id: string;
  organisation_id: string;
  external_id: string | null;
  name_ru: string;
  name_en: string | null;
  description: string | null;
  manufacturer: string | null;
  part_number: string | null;
  tnved: string | null;
  okpd2: string | null;
  country: string | null;
  parameters: ProductParameter[];
  capacity_per_year: number | null;
  capacity_unit: string | null;
  lead_time_days: number | null;
  minimum_order: number | null;
  minimum_order_unit: string | null;
  price: number | null;
  currency: string | null;
  status: Product['status'];
  created_at: Date | string;
  updated_at: Date | string;
}

const columns = `id, organisation_id, external_id, name_ru, name_en, description, manufacturer, part_number, tnved,
  okpd2, country, parameters, capacity_per_year, capacity_unit, lead_time_days, minimum_order, minimum_order_unit,
  price, currency, status, created_at, updated_at`;

/** The writable columns with their SQL types, in one list so insert, upsert and update cannot drift apart. */
const writableColumns = [
  ['external_id', 'text'],
  ['name_ru', 'text'],
  ['name_en', 'text'],
  ['description', 'text'],
  ['manufacturer', 'text'],
  ['part_number', 'text'],
  ['tnved', 'text'],
  ['okpd2', 'text'],
  ['country', 'text'],
  ['parameters', 'jsonb'],
  ['capacity_per_year', 'numeric'],
  ['capacity_unit', 'text'],
  ['lead_time_days', 'integer'],
  ['minimum_order', 'numeric'],
  ['minimum_order_unit', 'text'],
  ['price', 'numeric'],
  ['currency', 'text'],
  ['status', 'text'],
] as const;

function toRecord(input: ProductInput): Record<(typeof writableColumns)[number][0], unknown> {
  return {
    external_id: input.externalId,
    name_ru: input.nameRu,
    name_en: input.nameEn,
    description: input.description,
    manufacturer: input.manufacturer,
    part_number: input.partNumber,
    tnved: input.tnved,
    okpd2: input.okpd2,
    country: input.country,
    parameters: input.parameters,
    capacity_per_year: input.capacityPerYear,
    capacity_unit: input.capacityUnit,
    lead_time_days: input.leadTimeDays,
    minimum_order: input.minimumOrder,
    minimum_order_unit: input.minimumOrderUnit,
    price: input.price,
    currency: input.currency,
    status: input.status,
  };
}

function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    externalId: row.external_id,
    nameRu: row.name_ru,
    nameEn: row.name_en,
    description: row.description,
    manufacturer: row.manufacturer,
    partNumber: row.part_number,
    tnved: row.tnved,
    okpd2: row.okpd2,
    country: toNullableString(row.country),
    parameters: row.parameters,
    capacityPerYear: toNullableNumber(row.capacity_per_year),
    capacityUnit: row.capacity_unit,
    leadTimeDays: row.lead_time_days,
    minimumOrder: toNullableNumber(row.minimum_order),
    minimumOrderUnit: row.minimum_order_unit,
    price: toNullableNumber(row.price),
    currency: toNullableString(row.currency),
    status: row.status,
    createdAt: toIsoTimestamp(row.created_at),
    updatedAt: toIsoTimestamp(row.updated_at),
  };
}

export interface ProductFilter {
  organisationId?: string | undefined;
  /** Country of the supplier organisation. */
  country?: string | undefined;
  /** A TN VED prefix: 2, 4, 6 or 10 digits. */
  tnvedPrefix?: string | undefined;
  okpd2Prefix?: string | undefined;
  status?: Product['status'] | undefined;
  /** Case-insensitive text in the names or the part number. */
  search?: string | undefined;
  /**
   * A parameter (by name, case-insensitive) whose value meets a range as a hot-list requirement is met: a single
   * value lies within it, a range of the product covers it. With one end only, a single value must lie beyond that
   * end and a product range must include that point. Units are not converted: the catalog's own unit applies.
   */
  parameter?: { name: string; from?: number | undefined; to?: number | undefined } | undefined;
  limit: number;
  offset: number;
}

const recordsetDefinition = writableColumns.map(([name, type]) => `${name} ${type}`).join(', ');
const writableNames = writableColumns.map(([name]) => name).join(', ');

/** Product searches count their matches up to this many; beyond it the total says "at least". */
export const productCountCap = 10_000;

export function createProductsRepository(executor: SqlExecutor) {
  return {
    /**
     * Writes a batch in one statement: rows with an external id already known for the organisation are updated,
     * the others inserted. The batch travels as one JSON parameter, which both back-ends accept unchanged.
     */
    async upsertMany(
      organisationId: string,
      inputs: ProductInput[],
    ): Promise<{ inserted: number; updated: number }> {
      if (inputs.length === 0) return { inserted: 0, updated: 0 };
      const updates = writableColumns
        .filter(([name]) => name !== 'external_id')
        .map(([name]) => `${name} = EXCLUDED.${name}`)
        .join(', ');
      const result = await executor.query<{ is_inserted: boolean }>(
        `INSERT INTO products (organisation_id, ${writableNames})
         SELECT $1::uuid, ${writableNames} FROM jsonb_to_recordset($2::jsonb) AS incoming(${recordsetDefinition})
         ON CONFLICT (organisation_id, external_id) DO UPDATE SET ${updates}, updated_at = now()
         RETURNING (xmax = 0) AS is_inserted`,
        [organisationId, JSON.stringify(inputs.map(toRecord))],
      );
      const inserted = result.rows.filter((row) => row.is_inserted).length;
      return { inserted, updated: result.rows.length - inserted };
    },

    async insert(organisationId: string, input: ProductInput): Promise<Product> {
      const result = await executor.query<ProductRow>(
        `INSERT INTO products (organisation_id, ${writableNames})
         SELECT $1::uuid, ${writableNames} FROM jsonb_to_record($2::jsonb) AS incoming(${recordsetDefinition})
         RETURNING ${columns}`,
        [organisationId, JSON.stringify(toRecord(input))],
      );
      return toProduct(result.rows[0]!);
    },

    async update(id: string, input: ProductInput): Promise<Product | undefined> {
      const assignments = writableColumns.map(([name]) => `${name} = incoming.${name}`).join(', ');
      const result = await executor.query<ProductRow>(
        `UPDATE products SET ${assignments}, updated_at = now()
         FROM jsonb_to_record($2::jsonb) AS incoming(${recordsetDefinition})
         WHERE products.id = $1
         RETURNING ${prefixColumns(columns, 'products')}`,
        [id, JSON.stringify(toRecord(input))],
      );
      return result.rows[0] ? toProduct(result.rows[0]) : undefined;
    },

    async findById(id: string): Promise<Product | undefined> {
      const result = await executor.query<ProductRow>(`SELECT ${columns} FROM products WHERE id = $1`, [id]);
      return result.rows[0] ? toProduct(result.rows[0]) : undefined;
    },

    async list(filter: ProductFilter): Promise<Page<Product> & { isTotalCapped: boolean }> {
      const parameters = [
        filter.organisationId ?? null,
        filter.country ?? null,
        filter.tnvedPrefix ? `${escapeLikePattern(filter.tnvedPrefix)}%` : null,
        filter.okpd2Prefix ? `${escapeLikePattern(filter.okpd2Prefix)}%` : null,
        filter.status ?? null,
        filter.search ? `%${escapeLikePattern(filter.search)}%` : null,
        filter.parameter?.name ?? null,
        filter.parameter?.from ?? null,
        filter.parameter?.to ?? null,
      ];
      const where = `WHERE ($1::uuid IS NULL OR p.organisation_id = $1)
        AND ($2::text IS NULL OR o.country = $2)
        AND ($3::text IS NULL OR p.tnved LIKE $3)
        AND ($4::text IS NULL OR p.okpd2 LIKE $4)
        AND ($5::text IS NULL OR p.status = $5)
        AND ($6::text IS NULL OR (p.name_ru || ' ' || coalesce(p.name_en, '') || ' ' || coalesce(p.part_number, '')) ILIKE $6)
        AND ($7::text IS NULL OR EXISTS (
          SELECT 1 FROM jsonb_array_elements(p.parameters) AS parameter
          WHERE lower(parameter->>'name') = lower($7) AND CASE parameter->'value'->>'kind'
            WHEN 'number' THEN ($8::numeric IS NULL OR (parameter->'value'->>'value')::numeric >= $8)
              AND ($9::numeric IS NULL OR (parameter->'value'->>'value')::numeric <= $9)
            WHEN 'range' THEN
              (coalesce($8, $9)::numeric IS NULL OR parameter->'value'->>'min' IS NULL
                OR (parameter->'value'->>'min')::numeric <= coalesce($8, $9))
              AND (coalesce($9, $8)::numeric IS NULL OR parameter->'value'->>'max' IS NULL
                OR (parameter->'value'->>'max')::numeric >= coalesce($9, $8))
            ELSE $8::numeric IS NULL AND $9::numeric IS NULL
          END))`;
      const from = 'FROM products p JOIN organisations o ON o.id = p.organisation_id';
      const prefixed = prefixColumns(columns, 'p');
      const [items, total] = await Promise.all([
        executor.query<ProductRow>(`SELECT ${prefixed} ${from} ${where} ORDER BY p.id LIMIT $10 OFFSET $11`, [
          ...parameters,
          filter.limit,
          filter.offset,
        ]),
        // Counting stops past the cap: an exact count of a million matches costs more than the page itself.
        executor.query<{ count: number }>(
          `SELECT count(*) AS count FROM (SELECT 1 ${from} ${where} LIMIT ${productCountCap + 1}) AS counted`,
          parameters,
        ),
      ]);
      const counted = Number(total.rows[0]?.count ?? 0);
      return {
        items: items.rows.map(toProduct),
        total: Math.min(counted, productCountCap),
        isTotalCapped: counted > productCountCap,
        limit: filter.limit,
        offset: filter.offset,
      };
    },

    /** Every product of an organisation (or all), in batches by id, so an export of 1M rows never sits in memory. */
    async *streamAll(options: {
      organisationId?: string | undefined;
      batchSize?: number;
    }): AsyncGenerator<Product> {
      const rows = streamByKeyset(
        async (afterId, batchSize) =>
          (
            await executor.query<ProductRow>(
              `SELECT ${columns} FROM products WHERE ($1::uuid IS NULL OR organisation_id = $1) AND id > $2::uuid
               ORDER BY id LIMIT $3`,
              [options.organisationId ?? null, afterId, batchSize],
            )
          ).rows,
        options.batchSize ?? 1000,
      );
      for await (const row of rows) yield toProduct(row);
    },

    /** The ids of an organisation's products. */
    async listIdsOfOrganisation(organisationId: string): Promise<string[]> {
      const result = await executor.query<{ id: string }>(
        'SELECT id FROM products WHERE organisation_id = $1',
        [organisationId],
      );
      return result.rows.map((row) => row.id);
    },

    /** The distinct parameter names (with their units) used by a catalog: the parameter columns of an export. */
    async listParameterColumns(
      organisationId?: string,
    ): Promise<Array<{ name: string; unit: string | null }>> {
      const result = await executor.query<{ name: string; unit: string | null }>(
        `SELECT DISTINCT parameter->>'name' AS name, parameter->'value'->>'unit' AS unit
         FROM products, jsonb_array_elements(parameters) AS parameter
         WHERE ($1::uuid IS NULL OR organisation_id = $1) ORDER BY 1, 2`,
        [organisationId ?? null],
      );
      return result.rows;
    },

    /**
     * Products with their supplier's country, for the matcher's in-memory index: all of them, or those changed since
     * a moment. Batches by id keep memory flat on a million rows.
     */
    async *streamForMatching(options: {
      updatedSince?: string | undefined;
      batchSize?: number;
    }): AsyncGenerator<Product & { supplierCountry: string }> {
      const rows = streamByKeyset(
        async (afterId, batchSize) =>
          (
            await executor.query<ProductRow & { supplier_country: string }>(
              `SELECT ${prefixColumns(columns, 'p')}, o.country AS supplier_country
               FROM products p JOIN organisations o ON o.id = p.organisation_id
               WHERE p.id > $1::uuid AND ($2::timestamptz IS NULL OR p.updated_at >= $2) ORDER BY p.id LIMIT $3`,
              [afterId, options.updatedSince ?? null, batchSize],
            )
          ).rows,
        options.batchSize ?? 5000,
      );
      for await (const row of rows) yield { ...toProduct(row), supplierCountry: row.supplier_country };
    },

    async findWithSuppliers(
      ids: string[],
    ): Promise<
      Array<Product & { supplierName: string; supplierNameEn: string | null; supplierCountry: string }>
    > {
      if (ids.length === 0) return [];
      const prefixed = prefixColumns(columns, 'p');
      const result = await executor.query<
        ProductRow & { supplier_name: string; supplier_name_en: string | null; supplier_country: string }
      >(
        `SELECT ${prefixed}, o.name_ru AS supplier_name, o.name_en AS supplier_name_en, o.country AS supplier_country
         FROM products p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ANY($1::uuid[])`,
        [ids],
      );
      return result.rows.map((row) => ({
        ...toProduct(row),
        supplierName: row.supplier_name,
        supplierNameEn: row.supplier_name_en,
        supplierCountry: row.supplier_country,
      }));
    },

    async delete(id: string): Promise<boolean> {
      const result = await executor.query('DELETE FROM products WHERE id = $1', [id]);
      return result.rowCount > 0;
    },

    async count(organisationId?: string): Promise<number> {
      const result = await executor.query<{ count: number }>(
        'SELECT count(*) AS count FROM products WHERE ($1::uuid IS NULL OR organisation_id = $1)',
        [organisationId ?? null],
      );
      return result.rows[0]?.count ?? 0;
    },
  };
}

export type ProductsRepository = ReturnType<typeof createProductsRepository>;
