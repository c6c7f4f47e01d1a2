/**
 * The Coopex demo data set: invented enterprises of Belarus and Russia, their catalogs, buyers' hot lists, a
 * cross-reference of foreign parts and domestic analogues, and the classifier subset the demo needs. The files live
 * in ../data and are produced by scripts/generate-demo-data.ts and scripts/extract-classifier-subset.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export { expandDesignation } from './designations';
export { convertQuantity, meets, parameterCells, parseCell, unmetRequirements } from './evaluation';
export type { CellValue } from './evaluation';

/** Absolute path of the folder with the demo files. */
export const demoDataDirectory: string = fileURLToPath(new URL('../data/', import.meta.url));

export type DemoIndustry =
  | 'microelectronics'
  | 'machine-tools'
  | 'automotive'
  | 'special-vehicles'
  | 'agricultural-machinery'
  | 'pharmaceuticals'
  | 'medical-equipment'
  | 'hydraulics'
  | 'bearings'
  | 'electrical-equipment'
  | 'optics';

export interface DemoOrganisation {
  /** Short kebab-case id the other demo files refer to. */
  key: string;
  kind: 'enterprise' | 'ministry';
  nameRu: string;
  nameEn: string | null;
  country: 'BY' | 'RU';
  /** УНП (BY, 9 digits) or ИНН (RU, 10 digits). */
  taxId: string;
  /** ОГРН, Russian organisations only. */
  ogrn: string | null;
  industries: DemoIndustry[];
  city: string;
  address: string;
}

export interface DemoHotList {
  key: string;
  /** Key of the buying organisation. */
  organisation: string;
  title: string;
  description: string;
  /** Path of the CSV relative to demoDataDirectory. */
  file: string;
}

export interface DemoProductFile {
  organisationKey: string;
  /** Absolute path of the catalog CSV. */
  path: string;
}

export type DemoExpectedOutcome = 'covered' | 'falls_short' | 'no_supplier';

/** How a hot-list line was designed to fare in matching. */
export interface DemoHotListExpectation {
  list: string;
  externalId: string;
  outcome: DemoExpectedOutcome;
  /** Supplier organisation key and its part number (covered / falls_short). */
  supplier: string | null;
  partNumber: string | null;
  note: string;
}

export type DemoClassifierLevel =
  | 'section'
  | 'chapter'
  | 'heading'
  | 'subheading'
  | 'item'
  | 'class'
  | 'subclass'
  | 'group'
  | 'subgroup'
  | 'kind'
  | 'category';

export interface DemoClassifierEntry {
  system: 'tnved' | 'okpd2';
  code: string;
  parentCode: string | null;
  level: DemoClassifierLevel;
  /** Null for a TN VED subheading whose name the leaves do not give. */
  nameRu: string | null;
  nameEn: string | null;
  validFrom: string;
  validTo: string | null;
}

/** Canonical headers of a catalog CSV, before the `param:` columns. */
export const demoProductHeaders = [
  'external_id',
  'name',
  'name_en',
  'description',
  'manufacturer',
  'part_number',
  'tnved',
  'okpd2',
  'country',
  'quantity',
  'unit',
  'capacity',
  'capacity_unit',
  'lead_time_days',
  'min_order',
  'min_order_unit',
  'price',
  'currency',
  'status',
] as const;

/** Canonical headers of a hot-list CSV, before the `param:` requirement columns. */
export const demoHotListHeaders = [
  'external_id',
  'name',
  'name_en',
  'description',
  'part_number',
  'manufacturer',
  'country',
  'tnved',
  'okpd2',
  'quantity',
  'unit',
  'needed_by',
  'target_price',
  'currency',
  'criticality',
] as const;

/** Header of analogues.csv. */
export const demoAnalogueHeaders = [
  'foreign_part',
  'foreign_manufacturer',
  'domestic_part',
  'domestic_manufacturer',
  'grade',
  'source',
] as const;

/** Absolute path of the cross-reference of foreign parts and domestic analogues. */
export const demoAnaloguesPath: string = join(demoDataDirectory, 'analogues.csv');

/** Absolute path of the designed outcomes of the hot-list lines. */
export const demoHotListExpectationsPath: string = join(demoDataDirectory, 'hot-list-expectations.json');

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(join(demoDataDirectory, relative), 'utf8')) as T;
}

export function loadDemoOrganisations(): DemoOrganisation[] {
  return readJson<DemoOrganisation[]>('organisations.json');
}

/** Demo accounts: one per role, all with the password `demoPassword`. */
export interface DemoUser {
  email: string;
  /** The role in words, as `npm start` and the README show it. */
  role: string;
  displayName: string;
  isPlatformAdmin: boolean;
  memberships: Array<{ organisation: string; role: 'admin' | 'member'; canBuy: boolean; canSupply: boolean }>;
}

/** The password of every demo account; printed by `npm start` and written in the README. */
export const demoPassword = 'coopex-demo';

export function loadDemoUsers(): DemoUser[] {
  return readJson<DemoUser[]>('users.json');
}

/** The index of hot lists (hot-lists.json); each entry points to its CSV. */
export function loadDemoHotLists(): DemoHotList[] {
  return readJson<DemoHotList[]>('hot-lists.json');
}

export function loadDemoHotListExpectations(): DemoHotListExpectation[] {
  return readJson<DemoHotListExpectation[]>('hot-list-expectations.json');
}

/** One catalog CSV per supplier, named after the organisation key, sorted by key. */
export function demoProductFiles(): DemoProductFile[] {
  const folder = join(demoDataDirectory, 'products');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => ({ organisationKey: name.slice(0, -'.csv'.length), path: join(folder, name) }));
}

/** TN VED and OKPD2 codes used by the demo, with all their ancestors. */
export function loadDemoClassifierSubset(): DemoClassifierEntry[] {
  return readJson<DemoClassifierEntry[]>('classifier-subset.json');
}

export * from './programs';
