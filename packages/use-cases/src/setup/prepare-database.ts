import { knownCountries, unionCountries, unitTable } from '@coopex/domain';
import { createRepositories, migrateDatabase, type Database, type MigrationReport } from '@coopex/db';

/**
 * Brings a database to the current schema and writes the reference tables (countries, units) whose source of
 * truth is the domain package. Safe to run on every start.
 */
export async function prepareDatabase(options: { database: Database }): Promise<MigrationReport> {
  const report = await migrateDatabase(options.database);
  const repositories = createRepositories(options.database);
  const unionCodes = new Set<string>(unionCountries.map((country) => country.code));
  await repositories.referenceData.upsertCountries(
    knownCountries.map((country) => ({ ...country, isUnionMember: unionCodes.has(country.code) })),
  );
  await repositories.referenceData.upsertUnits(unitTable.map((unit) => ({ ...unit })));
  return report;
}
