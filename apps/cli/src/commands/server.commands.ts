import { loadConfiguration, configurationVariables } from '@coopex/config';
import { openDatabase, type Database } from '@coopex/db';
import { startServer } from '@coopex/server';
import { createRepositories } from '@coopex/db';

import { demoPassword, loadDemoUsers } from '@coopex/demo-data';
import { loadDemoData, prepareDatabase } from '@coopex/use-cases';
import type { Command } from 'commander';
import { describeDatabase, withDatabase } from '../runtime';
import { formatTable } from '../terminal-output';

export function registerServerCommands(program: Command): void {
  program
    .command('start')
    .description(
      'Start Coopex for a first look: migrate, load the demo data into an empty database, serve the API',
    )
    .addHelpText('after', '\nExample:\n  npx coopex start          # what `npm start` runs')
    .action(async () => serve({ isDemoLoadedWhenEmpty: true }));

  program
    .command('serve')
    .description('Serve the HTTP API (migrations are applied first)')
    .addHelpText(
      'after',
      '\nExample:\n  PORT=8080 DATABASE_URL=postgres://postgres@127.0.0.1:5432/coopex npx coopex serve',
    )
    .action(async () => serve({ isDemoLoadedWhenEmpty: false }));

  program
    .command('migrate')
    .description('Apply the database migrations and refresh reference data (countries, units)')
    .addHelpText(
      'after',
      '\nExample:\n  DATABASE_URL=postgres://postgres@127.0.0.1:5432/coopex npx coopex migrate',
    )
    .action(async () => {
      const configuration = loadConfiguration();
      const database = await openDatabase(configuration.database);
      try {
        const report = await prepareDatabase({ database });
        console.log(
          `Database: ${describeDatabase(configuration)}\nApplied: ${report.applied.join(', ') || 'nothing new'}; already applied: ${report.alreadyApplied.length}`,
        );
      } finally {
        await database.close();
      }
    });

  program
    .command('demo')
    .description(
      'Load the demo market (enterprises, catalogs, hot lists, classifier subset) into the database',
    )
    .addHelpText('after', '\nExample:\n  npx coopex demo && npx coopex serve')
    .action(async () =>
      withDatabase(async ({ database, configuration }) => {
        const summary = await loadDemoData({ database });
        console.log(
          `Demo data loaded into ${describeDatabase(configuration)}: ${summary.organisations} organisations, ${summary.products} products, ${summary.hotLists} hot lists with ${summary.hotListLines} lines, ${summary.classifierEntries} classifier codes.`,
        );
      }),
    );

  program
    .command('config')
    .description('List the environment variables Coopex reads')
    .addHelpText('after', '\nExample:\n  npx coopex config')
    .action(() => {
      console.log(
        formatTable(
          ['variable', 'example', 'meaning'],
          Object.entries(configurationVariables).map(([name, variable]) => [
            name,
            variable.example,
            variable.description,
          ]),
        ),
      );
    });
}

/** How to sign in: the demo accounts when they are there, or how to create the first account. */
async function describeSignIn(database: Database): Promise<string> {
  const accounts = createRepositories(database).accounts;
  const demoUsers = loadDemoUsers();
  const present = [];
  for (const user of demoUsers) {
    if (await accounts.findUserByEmail(user.email)) present.push(user);
  }
  if (present.length === 0) {
    return 'Sign in: no demo accounts here. Create the first one with\n  npx coopex users create --email you@example.org --name "Your Name" --admin   (with COOPEX_PASSWORD set to its password)';
  }
  const rows = present.map((user) => [user.email, user.role]);
  return `Sign in with one of the demo accounts (password for all: ${demoPassword}):\n${formatTable(['email', 'role'], rows)}`;
}

async function serve(options: { isDemoLoadedWhenEmpty: boolean }): Promise<void> {
  const configuration = loadConfiguration();
  const database = await openDatabase(configuration.database);
  await prepareDatabase({ database });
  if (options.isDemoLoadedWhenEmpty) {
    const existing = await createRepositories(database).organisations.list({ limit: 1, offset: 0 });
    if (existing.total === 0) {
      console.log('Empty database: loading the demo data (first start only)…');
      const summary = await loadDemoData({ database });
      console.log(
        `Loaded ${summary.organisations} organisations, ${summary.products} products, ${summary.hotLists} hot lists.`,
      );
    }
  }
  const { server, url } = await startServer({ database, configuration });
  console.log(
    `Coopex is running at ${url}\n  API docs:  ${url}/api/v1/docs\n  OpenAPI:   ${url}/api/v1/openapi.json\n  Database:  ${describeDatabase(configuration)}`,
  );
  console.log(await describeSignIn(database));
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
