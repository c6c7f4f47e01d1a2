import { createRepositories, type Database } from '@coopex/db';
import {
  demoAnaloguesPath,
  demoProductFiles,
  loadDemoClassifierSubset,
  loadDemoHotLists,
  loadDemoOrganisations,
  loadDemoPrograms,
  loadDemoUsers,
  demoPassword,
  demoDataDirectory,
  demoProgramPath,
} from '@coopex/demo-data';
import path from 'node:path';
import { AppError, systemActor } from '@coopex/domain';
import { hashPassword } from '../shared/secrets';
import { importAnalogues } from '../imports/import-analogues';
import { importDemandList } from '../imports/import-demand-list';
import { importProgram } from '../programs/import-program';
import { importProducts } from '../imports/import-products';
import type { ImportReport } from '../imports/import-report';

export interface DemoLoadSummary {
  organisations: number;
  classifierEntries: number;
  products: number;
  hotLists: number;
  hotListLines: number;
  analogues: number;
  programs: number;
  programItems: number;
  users: number;
}

/**
 * Loads the demo market (enterprises of both countries, their catalogs, buyers' hot lists and a classifier
 * subset) through the same imports users run. Loading it again updates the same records.
 */
export async function loadDemoData(options: { database: Database }): Promise<DemoLoadSummary> {
  const repositories = createRepositories(options.database);
  const summary: DemoLoadSummary = {
    organisations: 0,
    classifierEntries: 0,
    products: 0,
    hotLists: 0,
    hotListLines: 0,
    analogues: 0,
    programs: 0,
    programItems: 0,
    users: 0,
  };

  const subset = loadDemoClassifierSubset();
  await repositories.classifiers.upsertEntries(subset);
  summary.classifierEntries = subset.length;

  const organisationIds = new Map<string, string>();
  for (const demoOrganisation of loadDemoOrganisations()) {
    const { key, ...input } = demoOrganisation;
    const organisation = await repositories.organisations.upsertByTaxId({
      ...input,
      ogrn: input.ogrn ?? null,
    });
    organisationIds.set(key, organisation.id);
    summary.organisations += 1;
  }

  for (const file of demoProductFiles()) {
    const report = await importProducts({
      actor: systemActor,
      database: options.database,
      source: file.path,
      fileName: path.basename(file.path),
      organisationId: requireId(organisationIds, file.organisationKey),
    });
    assertImported(report, file.path);
    summary.products += report.rowsImported;
  }

  const analogues = await importAnalogues({
    actor: systemActor,
    database: options.database,
    source: demoAnaloguesPath,
    fileName: 'analogues.csv',
  });
  if (analogues.status !== 'imported') {
    throw new AppError('internal_error', 'Demo analogues did not import cleanly', {
      problems: analogues.problems.slice(0, 20),
    });
  }
  summary.analogues = analogues.inserted + analogues.updated;

  for (const hotList of loadDemoHotLists()) {
    const report = await importDemandList({
      actor: systemActor,
      database: options.database,
      source: path.join(demoDataDirectory, hotList.file),
      fileName: path.basename(hotList.file),
      organisationId: requireId(organisationIds, hotList.organisation),
      title: hotList.title,
      description: hotList.description,
    });
    assertImported(report, hotList.file);
    summary.hotLists += 1;
    summary.hotListLines += report.rowsImported;
  }
  for (const demoProgram of loadDemoPrograms()) {
    const report = await importProgram({
      actor: systemActor,
      database: options.database,
      source: demoProgramPath(demoProgram),
      fileName: path.basename(demoProgram.file),
      program: {
        country: demoProgram.country,
        title: demoProgram.title,
        ministry: requireId(organisationIds, demoProgram.ministry),
        industry: demoProgram.industry,
        periodFrom: demoProgram.periodFrom,
        periodTo: demoProgram.periodTo,
      },
    });
    assertImported(report, demoProgram.file);
    summary.programs += 1;
    summary.programItems += report.rowsImported;
  }
  // One account per role; loading again keeps existing accounts and their passwords.
  const passwordHash = await hashPassword(demoPassword);
  for (const demoUser of loadDemoUsers()) {
    const user =
      (await repositories.accounts.findUserByEmail(demoUser.email)) ??
      (await repositories.accounts.insertUser({
        email: demoUser.email,
        displayName: demoUser.displayName,
        passwordHash,
        isPlatformAdmin: demoUser.isPlatformAdmin,
      }));
    for (const membership of demoUser.memberships) {
      await repositories.accounts.upsertMembership({
        userId: user.id,
        organisationId: requireId(organisationIds, membership.organisation),
        role: membership.role,
        canBuy: membership.canBuy,
        canSupply: membership.canSupply,
      });
    }
    summary.users += 1;
  }
  return summary;
}

function requireId(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new AppError('internal_error', `Demo data names an unknown organisation "${key}"`, { key });
  return id;
}

function assertImported(report: ImportReport, file: string): void {
  if (report.status !== 'imported') {
    throw new AppError('internal_error', `Demo file ${file} did not import cleanly`, {
      problems: report.problems.slice(0, 20),
    });
  }
}
