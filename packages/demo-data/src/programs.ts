/**
 * Industry import-substitution programs of the two ministries: lists of products each country plans to localise,
 * with codes, yearly volumes and values, target years and responsible enterprises. Each program is a CSV in
 * ../data/programs; programs.json indexes them and records how every item was designed to fare in the
 * synchronisation report (coverage by the other country's catalogs, gaps, overlaps and false friends).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoDataDirectory } from './index';
import type { DemoIndustry } from './index';

/** Canonical headers of a program CSV, before the `param:<name>[unit]` requirement columns. */
export const demoProgramHeaders = [
  'external_id',
  'name',
  'name_en',
  'description',
  'tnved',
  'okpd2',
  'quantity',
  'unit',
  'value',
  'currency',
  'target_year',
  'responsible',
  'note',
] as const;

/**
 * - `covered`: the other country's catalog has a product of the same kind that meets every requirement and whose
 *   yearly capacity is at least the item's quantity;
 * - `partly`: such a product exists but falls short on capacity or on one stated requirement;
 * - `not_covered`: no enterprise of either country makes it (a gap candidate).
 */
export type DemoProgramCoverage = 'covered' | 'partly' | 'not_covered';

/** How one program item was designed to fare in the synchronisation report. */
export interface DemoProgramExpectation {
  /** external_id of the item in the program CSV. */
  externalId: string;
  coverage: DemoProgramCoverage;
  /** Organisation key of the other country's producer (covered / partly). */
  coveredBy?: string;
  /** The producer's part number in its catalog (covered / partly). */
  partNumberOrName?: string;
  /** Why a `partly` item is not fully covered. */
  shortfall?: 'capacity' | 'requirement';
  /** `<program key>|<externalId>` of the same product in the other country's program. */
  overlapWith?: string;
  /** `<program key>|<externalId>` of a different product under the same TN VED heading in the other country's program. */
  falseFriendOf?: string;
  note: string;
}

export interface DemoProgram {
  key: string;
  country: 'BY' | 'RU';
  /** Organisation key of the ministry holding the program. */
  ministry: string;
  industry: DemoIndustry;
  title: string;
  periodFrom: number;
  periodTo: number;
  /** Path of the CSV relative to demoDataDirectory. */
  file: string;
  expectations: DemoProgramExpectation[];
}

/** The import-substitution programs (programs.json); each entry points to its CSV. */
export function loadDemoPrograms(): DemoProgram[] {
  // Resolved on call: index.ts re-exports this module, so demoDataDirectory is not ready while it loads.
  return JSON.parse(readFileSync(join(demoDataDirectory, 'programs.json'), 'utf8')) as DemoProgram[];
}

/** Absolute path of a program's CSV. */
export function demoProgramPath(program: Pick<DemoProgram, 'file'>): string {
  return join(demoDataDirectory, program.file);
}
