import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../database';
import { migrateDatabase } from '../migrate';

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database of its own; dispose drops it. */
  open(): Promise<{ database: Database; dispose(): Promise<void> }>;
}

/**
 * The back-ends the database tiers run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
 * Each PostgreSQL test database is created fresh so test files never see each other's rows.
 */
export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [
    {
      name: 'pglite',
      async open() {
        const database = await openDatabase({ backend: 'pglite' });
        await migrateDatabase(database);
        return { database, dispose: () => database.close() };
      },
    },
  ];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    backends.push({
      name: 'postgres',
      async open() {
        const name = `coopex_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
        const admin = new pg.Client({ connectionString: serverUrl });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        const database = await openDatabase({ backend: 'postgres', connectionString: url.toString() });
        await migrateDatabase(database);
        return {
          database,
          async dispose() {
            await database.close();
            const cleaner = new pg.Client({ connectionString: serverUrl });
            await cleaner.connect();
            await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await cleaner.end();
          },
        };
      },
    });
  }
  return backends;
}
