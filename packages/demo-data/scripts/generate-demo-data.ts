/**
 * Generates the demo data files in packages/demo-data/data from the hand-written sources in ./source:
 * organisations.json, products/<organisation>.csv, hot-lists/<list>.csv, hot-lists.json,
 * hot-list-expectations.json and analogues.csv. Deterministic: running it twice gives the same files.
 *
 *   npx tsx packages/demo-data/scripts/generate-demo-data.ts
 *
 * When ../shared (beside the repository) is present, every TN VED and OKPD2 code is checked against the real
 * classifier files. Afterwards run extract-classifier-subset.ts to refresh classifier-subset.json.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertQuantity, unmetRequirements } from '../src/evaluation';
import { expandDesignation } from '../src/designations';
import { demoHotListHeaders, demoProductHeaders } from '../src/index';
import { analogueSources } from './source/analogues';
import { electronicsCatalogs } from './source/catalogs-electronics';
import { healthCatalogs } from './source/catalogs-health';
import { mechanicalCatalogs } from './source/catalogs-mechanical';
import { vehicleCatalogs } from './source/catalogs-vehicles';
import { hotListSources } from './source/hot-lists';
import { organisationSources } from './source/organisations';
import type { CatalogSource, ParamValue } from './source/types';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '../data');
const repoRoot = resolve(here, '../../..');
const classifierDir = resolve(repoRoot, '../shared/data/classifiers');

const problems: string[] = [];
const problem = (message: string) => problems.push(message);

// ------------------------------------------------------------------------------------------- tax ids
function unpCheckDigit(stem: string): number | null {
  const weights = [29, 23, 19, 17, 13, 7, 5, 3];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(stem[i]), 0);
  const rest = sum % 11;
  return rest === 10 ? null : rest;
}

function innCheckDigit(stem: string): number {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(stem[i]), 0);
  return (sum % 11) % 10;
}

function ogrnCheckDigit(stem: string): number {
  return Number((BigInt(stem) % 11n) % 10n);
}

const organisations = organisationSources.map((o) => {
  let taxId: string;
  let ogrn: string | null = null;
  if (o.country === 'BY') {
    if (!/^\d{8}$/.test(o.taxIdStem)) problem(`${o.key}: УНП stem must have 8 digits`);
    const check = unpCheckDigit(o.taxIdStem);
    if (check === null) problem(`${o.key}: УНП stem ${o.taxIdStem} gives remainder 10, choose another`);
    taxId = `${o.taxIdStem}${check ?? 0}`;
  } else {
    if (!/^\d{9}$/.test(o.taxIdStem)) problem(`${o.key}: ИНН stem must have 9 digits`);
    taxId = `${o.taxIdStem}${innCheckDigit(o.taxIdStem)}`;
    if (o.ogrnStem) {
      if (!/^\d{12}$/.test(o.ogrnStem)) problem(`${o.key}: ОГРН stem must have 12 digits`);
      ogrn = `${o.ogrnStem}${ogrnCheckDigit(o.ogrnStem)}`;
    }
  }
  return {
    key: o.key,
    kind: o.kind,
    nameRu: o.nameRu,
    nameEn: o.nameEn,
    country: o.country,
    taxId,
    ogrn,
    industries: o.industries,
    city: o.city,
    address: o.address,
  };
});
const orgByKey = new Map(organisations.map((o) => [o.key, o]));
for (const key of ['taxId', 'ogrn'] as const) {
  const values = organisations.map((o) => o[key]).filter((v): v is string => v !== null);
  if (new Set(values).size !== values.length) problem(`duplicate ${key}`);
}

// ------------------------------------------------------------------------------------------- helpers
function csvCell(value: string): string {
  return /[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

function csv(rows: string[][]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

function formatParam(value: ParamValue): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

function paramHeader(name: string): string {
  if (!/^[^[\]|,]+(\[[^[\]]+\])?$/.test(name)) problem(`bad parameter name ${name}`);
  return `param:${name}`;
}

/** Prices of big-ticket pieces of equipment are quoted on request; drafts have no price yet. */
function listedPrice(price: number | null, currency: string, status: string, unit: string): number | null {
  if (price === null || status === 'draft') return null;
  if (unit === 'шт' && currency === 'RUB' && price >= 900_000) return null;
  if (unit === 'шт' && currency === 'BYN' && price >= 30_000) return null;
  return price;
}

// ------------------------------------------------------------------------------------------- catalogs
const catalogs: CatalogSource[] = [
  ...electronicsCatalogs,
  ...mechanicalCatalogs,
  ...vehicleCatalogs,
  ...healthCatalogs,
];
const usedCodes = { tnved: new Set<string>(), okpd2: new Set<string>() };
/** organisation key → rows keyed by header, as written. */
const catalogRows = new Map<string, Record<string, string>[]>();

rmSync(join(dataDir, 'products'), { recursive: true, force: true });
rmSync(join(dataDir, 'hot-lists'), { recursive: true, force: true });
mkdirSync(join(dataDir, 'products'), { recursive: true });
mkdirSync(join(dataDir, 'hot-lists'), { recursive: true });

for (const catalog of catalogs) {
  const org = orgByKey.get(catalog.organisation);
  if (!org) {
    problem(`catalog for unknown organisation ${catalog.organisation}`);
    continue;
  }
  if (org.kind !== 'enterprise') problem(`${org.key} is not an enterprise`);
  if (catalogRows.has(org.key)) problem(`two catalogs for ${org.key}`);
  if (catalog.products.length < 8) problem(`${org.key}: only ${catalog.products.length} products`);
  const paramNames: string[] = [];
  for (const p of catalog.products) {
    for (const name of Object.keys(p.params ?? {})) if (!paramNames.includes(name)) paramNames.push(name);
  }
  const headers = [...demoProductHeaders, ...paramNames.map(paramHeader)];
  const parts = new Set<string>();
  const ids = new Set<string>();
  const rows: Record<string, string>[] = [];
  catalog.products.forEach((p, index) => {
    if (!p.tnved && !p.okpd2) problem(`${org.key} ${p.part}: no classifier code`);
    if (p.tnved) usedCodes.tnved.add(p.tnved);
    if (p.okpd2) usedCodes.okpd2.add(p.okpd2);
    if (parts.has(p.part)) problem(`${org.key}: duplicate part ${p.part}`);
    parts.add(p.part);
    const id = catalog.externalId(index, p);
    if (ids.has(id)) problem(`${org.key}: duplicate id ${id}`);
    ids.add(id);
    const status = p.status ?? 'active';
    const unit = p.unit ?? 'шт';
    const price = listedPrice(p.price, catalog.currency, status, unit);
    const row: Record<string, string> = {
      external_id: id,
      name: p.name,
      name_en: catalog.english ? (p.nameEn ?? '') : '',
      description: p.description ?? '',
      manufacturer: p.manufacturer ?? catalog.manufacturer,
      part_number: p.part,
      tnved: p.tnved ?? '',
      okpd2: p.okpd2 ?? '',
      country: p.country ?? org.country,
      quantity: '',
      unit: '',
      capacity: formatNumber(p.capacity),
      capacity_unit: unit,
      lead_time_days: String(p.lead),
      min_order: formatNumber(p.minOrder),
      min_order_unit: unit,
      price: price === null ? '' : formatNumber(price),
      currency: price === null ? '' : catalog.currency,
      status,
    };
    for (const name of paramNames) {
      const value = p.params?.[name];
      row[`param:${name}`] = value === undefined ? '' : formatParam(value);
    }
    rows.push(row);
  });
  catalogRows.set(org.key, rows);
  writeFileSync(
    join(dataDir, 'products', `${org.key}.csv`),
    csv([headers, ...rows.map((row) => headers.map((h) => row[h] ?? ''))]),
  );
}
for (const org of organisations) {
  if (org.kind === 'enterprise' && !catalogRows.has(org.key)) problem(`${org.key} has no catalog`);
}

// ------------------------------------------------------------------------------------------ hot lists
interface Expectation {
  list: string;
  externalId: string;
  outcome: string;
  supplier: string | null;
  partNumber: string | null;
  note: string;
}
const expectations: Expectation[] = [];
const hotListIndex: {
  key: string;
  organisation: string;
  title: string;
  description: string;
  file: string;
}[] = [];
const listNumbers = { BY: 0, RU: 0 };
const allProducts = [...catalogRows.entries()].flatMap(([key, rows]) => rows.map((row) => ({ key, row })));

for (const list of hotListSources) {
  const org = orgByKey.get(list.organisation);
  if (!org) {
    problem(`hot list ${list.key}: unknown organisation ${list.organisation}`);
    continue;
  }
  listNumbers[org.country] += 1;
  const prefix = `HL-${org.country}-${String(listNumbers[org.country]).padStart(2, '0')}`;
  if (list.lines.length < 8 || list.lines.length > 20) problem(`${list.key}: ${list.lines.length} lines`);
  const paramNames: string[] = [];
  for (const line of list.lines) {
    for (const name of Object.keys(line.requirements ?? {}))
      if (!paramNames.includes(name)) paramNames.push(name);
  }
  const headers = [...demoHotListHeaders, ...paramNames.map(paramHeader)];
  const rows = list.lines.map((line, index) => {
    if (line.tnved) usedCodes.tnved.add(line.tnved);
    if (line.okpd2) usedCodes.okpd2.add(line.okpd2);
    if (!/^202[78]-\d\d-\d\d$/.test(line.neededBy)) problem(`${list.key}: needed_by ${line.neededBy}`);
    const row: Record<string, string> = {
      external_id: `${prefix}-${String(index + 1).padStart(3, '0')}`,
      name: line.name,
      name_en: line.nameEn ?? '',
      description: line.description ?? '',
      part_number: line.part,
      manufacturer: line.manufacturer,
      country: line.country,
      tnved: line.tnved ?? '',
      okpd2: line.okpd2 ?? '',
      quantity: formatNumber(line.quantity),
      unit: line.unit,
      needed_by: line.neededBy,
      target_price: line.targetPrice === undefined ? '' : formatNumber(line.targetPrice),
      currency: line.targetPrice === undefined ? '' : list.currency,
      criticality: line.criticality,
    };
    for (const name of paramNames) {
      const value = line.requirements?.[name];
      row[`param:${name}`] = value === undefined ? '' : formatParam(value);
    }
    expectations.push({
      list: list.key,
      externalId: row.external_id!,
      outcome: line.design.outcome,
      supplier: line.design.supplier ?? null,
      partNumber: line.design.part ?? null,
      note: line.design.note,
    });
    checkDesign(list.key, row, line.design.outcome, line.design.supplier, line.design.part);
    return row;
  });
  const file = `hot-lists/${list.key}.csv`;
  writeFileSync(join(dataDir, file), csv([headers, ...rows.map((row) => headers.map((h) => row[h] ?? ''))]));
  hotListIndex.push({
    key: list.key,
    organisation: list.organisation,
    title: list.title,
    description: list.description,
    file,
  });
}

/** Verifies a line against its design using the reference evaluation of src/evaluation.ts. */
function checkDesign(
  list: string,
  line: Record<string, string>,
  outcome: string,
  supplier: string | undefined,
  part: string | undefined,
) {
  const id = `${list} ${line.external_id}`;
  const fits = (product: Record<string, string>) => {
    const unmet = unmetRequirements(line, product);
    const quantity = convertQuantity(Number(line.quantity), line.unit!, product.capacity_unit!);
    const enough = quantity !== null && Number(product.capacity) >= quantity;
    return { unmet, enough, active: product.status === 'active', comparable: quantity !== null };
  };
  if (outcome === 'no_supplier') {
    const found = allProducts.filter(({ row }) => unmetRequirements(line, row).length === 0);
    if (found.length > 0)
      problem(
        `${id}: designed as no supplier but ${found.map((f) => `${f.key}/${f.row.part_number}`).join(', ')} fit`,
      );
    return;
  }
  const product = catalogRows.get(supplier ?? '')?.find((row) => row.part_number === part);
  if (!product) {
    problem(`${id}: ${supplier}/${part} not found`);
    return;
  }
  const result = fits(product);
  if (!result.comparable)
    problem(`${id}: units ${line.unit} and ${product.capacity_unit} are not comparable`);
  const ok = result.unmet.length === 0 && result.enough && result.active;
  if (outcome === 'covered' && !ok) {
    problem(
      `${id}: designed as covered by ${supplier}/${part}, but unmet ${result.unmet.join(', ')} enough=${result.enough}`,
    );
  }
  if (outcome === 'falls_short' && ok) problem(`${id}: designed to fall short, but ${supplier}/${part} fits`);
}

// ------------------------------------------------------------------------------------------ analogues
const knownParts = new Set(allProducts.map(({ key, row }) => `${key}|${row.part_number}`));
let analoguesInCatalogs = 0;
const analogueRows = analogueSources.map((a) => {
  const org = orgByKey.get(a.domesticOrg);
  if (!org) problem(`analogue ${a.foreign}: unknown organisation ${a.domesticOrg}`);
  if (expandDesignation(a.domestic).some((part) => knownParts.has(`${a.domesticOrg}|${part}`)))
    analoguesInCatalogs += 1;
  return [a.foreign, a.foreignManufacturer, a.domestic, org?.nameRu ?? a.domesticOrg, a.grade, a.source];
});

// ------------------------------------------------------------------------------------ classifier check
if (existsSync(classifierDir)) {
  const tnved = JSON.parse(readFileSync(join(classifierDir, 'tnved-2022.json'), 'utf8')) as {
    groups: { goods: { subs: { code: string }[] | null }[] | null }[] | null;
  }[];
  const tnvedCodes = new Set<string>();
  for (const section of tnved)
    for (const group of section.groups ?? [])
      for (const heading of group.goods ?? []) for (const sub of heading.subs ?? []) tnvedCodes.add(sub.code);
  const okpd2 = JSON.parse(readFileSync(join(classifierDir, 'okpd2-tree.json'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  const okpd2Codes = new Set(Object.values(okpd2).flatMap((top) => Object.keys(top)));
  for (const code of usedCodes.tnved)
    if (!tnvedCodes.has(code)) problem(`TN VED ${code} is not in tnved-2022.json`);
  for (const code of usedCodes.okpd2)
    if (!okpd2Codes.has(code)) problem(`OKPD2 ${code} is not in okpd2-tree.json`);
} else {
  console.warn(`${classifierDir} not found: codes not checked against the classifiers`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

writeFileSync(join(dataDir, 'organisations.json'), `${JSON.stringify(organisations, null, 2)}\n`);
writeFileSync(join(dataDir, 'hot-lists.json'), `${JSON.stringify(hotListIndex, null, 2)}\n`);
writeFileSync(join(dataDir, 'hot-list-expectations.json'), `${JSON.stringify(expectations, null, 2)}\n`);
writeFileSync(
  join(dataDir, 'analogues.csv'),
  csv([
    ['foreign_part', 'foreign_manufacturer', 'domestic_part', 'domestic_manufacturer', 'grade', 'source'],
    ...analogueRows,
  ]),
);

const count = (country: string) =>
  organisations.filter((o) => o.kind === 'enterprise' && o.country === country).length;
const productCount = (country: string) =>
  allProducts.filter(({ key }) => orgByKey.get(key)?.country === country).length;
const outcomes = expectations.reduce<Record<string, number>>(
  (acc, e) => ({ ...acc, [e.outcome]: (acc[e.outcome] ?? 0) + 1 }),
  {},
);
console.log(
  [
    `organisations: ${organisations.length} (enterprises BY ${count('BY')}, RU ${count('RU')})`,
    `products: ${allProducts.length} (BY ${productCount('BY')}, RU ${productCount('RU')})`,
    `hot lists: ${hotListIndex.length}, lines ${expectations.length} ${JSON.stringify(outcomes)}`,
    `analogues: ${analogueRows.length} rows, ${analoguesInCatalogs} with the domestic part in its maker's catalog`,
    `codes: ${usedCodes.tnved.size} TN VED, ${usedCodes.okpd2.size} OKPD2`,
  ].join('\n'),
);
