import path from 'node:path';
import { AppError, type DemandList, type Organisation, type Program } from '@coopex/domain';
import { Option, type Command } from 'commander';
import type { ApiClient, Query } from '../remote/api-client';
import type {
  ApiTokenView,
  HealthView,
  LineMatchesView,
  Page,
  RemoteDemandImportReport,
  RemoteImportReport,
  SessionView,
} from '../remote/api-types';
import {
  createRemoteClient,
  serverVariable,
  tokenVariable,
  type RemoteOptions,
} from '../remote/remote-settings';
import { resolveOrganisationId } from '../remote/resolve-organisation';
import { formatTable, printImportReport } from '../terminal-output';

/** Listings show one page, as large as the API serves. */
const pageLimit = 500;

interface JsonOption {
  json?: boolean;
}

interface ImportOptions extends JsonOption {
  organisation?: string;
  skipInvalid?: boolean;
  dryRun?: boolean;
}

/** The commands that work against a Coopex server over its API, with an API token instead of a database. */
export function registerRemoteCommands(program: Command): void {
  const remote = program
    .command('remote')
    .description('Work with a Coopex server over its HTTP API, with an API token (no local database)')
    .addOption(
      new Option('--server <url>', 'the Coopex server, e.g. https://coopex.example.org').env(serverVariable),
    )
    .addOption(
      new Option(
        '--token <token>',
        `an API token (better set ${tokenVariable}: a command line is visible to other users of the machine)`,
      ).env(tokenVariable),
    )
    .addHelpText(
      'after',
      `\nCreate a token in the web app or with POST /api/v1/api-tokens; a read-only token cannot import.\nExamples:\n  export ${serverVariable}=https://coopex.example.org ${tokenVariable}=cpx_…\n  npx coopex remote whoami\n  npx coopex remote import products catalog.xlsx --skip-invalid`,
    );

  remote
    .command('whoami')
    .description('Show the server, the user and the organisation the API token acts for, and its scopes')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  npx coopex remote whoami')
    .action(async (options: JsonOption, command: Command) => {
      const client = clientOf(command);
      const health = await client.getJson<HealthView>('/health');
      const session = await client.getJson<SessionView>('/auth/session');
      // The token's name and scopes are a bonus: a server that lists tokens only to browser sessions still answers.
      const tokens = await client
        .getJson<{ items: ApiTokenView[] }>('/api-tokens')
        .catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'forbidden') return { items: [] };
          throw error;
        });
      const token = tokens.items.find((candidate) => client.isSentToken(candidate.tokenPrefix)) ?? null;
      const organisation =
        session.memberships.find(
          (membership) => membership.organisationId === session.activeOrganisationId,
        ) ?? null;
      if (options.json) {
        printJson({ server: { url: client.serverUrl, ...health }, user: session.user, organisation, token });
        return;
      }
      console.log(`Server:   ${client.serverUrl} (Coopex ${health.version})`);
      console.log(`User:     ${session.user.displayName} <${session.user.email}>`);
      console.log(
        organisation
          ? `Acts for: ${organisation.organisationName} (${organisation.organisationId}), ${organisation.country} ${organisation.organisationKind}, ${describeRights(organisation)}`
          : 'Acts for: no organisation',
      );
      if (token) {
        console.log(
          `Token:    ${token.name} (${token.tokenPrefix}…), ${token.scopes.join(' and ')}, expires ${token.expiresAt.slice(0, 10)}`,
        );
      }
    });

  remote
    .command('organisations')
    .description('List organisations with their ids and tax ids')
    .option('--country <code>', 'only this country (BY, RU, …)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  npx coopex remote organisations --country BY')
    .action(async (options: JsonOption & { country?: string }, command: Command) => {
      const page = await clientOf(command).getJson<Page<Organisation>>('/organisations', {
        country: options.country?.trim().toUpperCase(),
        limit: pageLimit,
      });
      if (options.json) return printJson(page);
      console.log(
        formatTable(
          ['id', 'country', 'tax id', 'kind', 'name'],
          page.items.map((organisation) => [
            organisation.id,
            organisation.country,
            organisation.taxId,
            organisation.kind,
            organisation.nameRu,
          ]),
        ),
      );
      printMore(page, '--country');
    });

  remote
    .command('lists')
    .description('List the hot lists the token may see, with their ids')
    .option('-o, --organisation <reference>', 'only this buyer’s: id, tax id (УНП/ИНН) or exact name')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  npx coopex remote lists --organisation 100582333')
    .action(async (options: JsonOption & { organisation?: string }, command: Command) => {
      const client = clientOf(command);
      const organisationId = options.organisation
        ? await resolveOrganisationId(client, options.organisation)
        : undefined;
      const page = await client.getJson<Page<DemandList>>('/demand-lists', {
        organisationId,
        limit: pageLimit,
      });
      if (options.json) return printJson(page);
      console.log(
        formatTable(
          ['id', 'lines', 'title'],
          page.items.map((list) => [list.id, list.lineCount, list.title]),
        ),
      );
      printMore(page, '--organisation');
    });

  const importCommand = remote
    .command('import')
    .description('Import catalogs and hot lists into the server (CSV or XLSX; all rows or none)');

  importCommand
    .command('products <file>')
    .description('Upload a supplier catalog (CSV in UTF-8 or Windows-1251, or XLSX); all rows or none')
    .option(
      '-o, --organisation <reference>',
      'supplier: id, tax id (УНП/ИНН) or exact name (default: the organisation the token acts for)',
    )
    .option('--skip-invalid', 'import the good rows and list the rejected ones with reasons')
    .option('--dry-run', 'check the file as an import would and write nothing')
    .option('--json', 'print the import report as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  npx coopex remote import products catalog.xlsx --dry-run\n  npx coopex remote import products examples/products.csv --organisation 600115937 --skip-invalid',
    )
    .action(async (file: string, options: ImportOptions, command: Command) => {
      const client = clientOf(command);
      const organisationId = await resolveOrganisationId(client, options.organisation);
      const report = await uploadImport<RemoteImportReport>(
        client,
        `/organisations/${organisationId}/products/import`,
        file,
        options,
      );
      finishImport(file, report, options);
    });

  importCommand
    .command('demand <file>')
    .description('Upload a hot list of goods that can no longer be imported; all rows or none')
    .option(
      '-o, --organisation <reference>',
      'buyer: id, tax id (УНП/ИНН) or exact name (default: the organisation the token acts for)',
    )
    .option(
      '-t, --title <title>',
      'hot list title; a list with this title is updated (default: the file name)',
    )
    .option('--list <id>', 'import into this existing hot list')
    .option('--skip-invalid', 'import the good rows and list the rejected ones with reasons')
    .option('--dry-run', 'check the file as an import would and write nothing')
    .option('--json', 'print the import report as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  npx coopex remote import demand examples/hot-list.csv --title "Горячий список 2027"',
    )
    .action(
      async (file: string, options: ImportOptions & { title?: string; list?: string }, command: Command) => {
        const client = clientOf(command);
        const organisationId = await resolveOrganisationId(client, options.organisation);
        const report = await uploadImport<RemoteDemandImportReport>(
          client,
          `/organisations/${organisationId}/demand-lists/import`,
          file,
          options,
          { title: options.title, listId: options.list },
        );
        if (report.listId && !options.json) {
          const list = await client.getJson<DemandList>(`/demand-lists/${report.listId}`);
          console.log(`Hot list: ${list.title} (${list.id}), ${list.lineCount} lines`);
        }
        finishImport(file, report, options);
      },
    );

  const exportCommand = remote
    .command('export')
    .description('Download catalogs and hot lists as CSV or XLSX (the format follows the file name)');

  exportCommand
    .command('products')
    .description('Download an organisation’s catalog with canonical headers; the file re-imports unchanged')
    .requiredOption('--output <file>', 'where to write: a .csv or .xlsx file')
    .option(
      '-o, --organisation <reference>',
      'supplier: id, tax id or exact name (default: the organisation the token acts for)',
    )
    .addHelpText(
      'after',
      '\nExample:\n  npx coopex remote export products --organisation 600115937 --output catalog.xlsx',
    )
    .action(async (options: { output: string; organisation?: string }, command: Command) => {
      const client = clientOf(command);
      const format = formatOf(options.output);
      const organisationId = await resolveOrganisationId(client, options.organisation);
      const { bytes } = await client.downloadFile(
        `/organisations/${organisationId}/products/export`,
        { format },
        options.output,
      );
      console.log(`Catalog written to ${options.output} (${describeSize(bytes)})`);
    });

  exportCommand
    .command('demand <listId>')
    .description('Download a hot list; the file re-imports unchanged')
    .requiredOption('--output <file>', 'where to write: a .csv or .xlsx file')
    .addHelpText(
      'after',
      '\nExample:\n  npx coopex remote export demand 5b0c… --output hot-list.xlsx   # ids: `coopex remote lists`',
    )
    .action(async (listId: string, options: { output: string }, command: Command) => {
      const client = clientOf(command);
      const format = formatOf(options.output);
      const { bytes } = await client.downloadFile(
        `/demand-lists/${encodeURIComponent(listId)}/export`,
        { format },
        options.output,
      );
      console.log(`Hot list written to ${options.output} (${describeSize(bytes)})`);
    });

  remote
    .command('match <lineId>')
    .description('Show the ranked candidates for one hot-list line, with what each fails')
    .option('--limit <k>', 'candidates to show', '10')
    .option('--countries <codes>', 'only suppliers of these countries, comma-separated (BY,RU)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  npx coopex remote match 9d1e… --limit 5 --countries BY')
    .action(
      async (
        lineId: string,
        options: JsonOption & { limit: string; countries?: string },
        command: Command,
      ) => {
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
          throw new AppError('validation_failed', '--limit must be a whole number from 1 to 100', {
            limit: options.limit,
          });
        }
        const countries = options.countries
          ?.split(',')
          .map((code) => code.trim().toUpperCase())
          .filter(Boolean)
          .join(',');
        const result = await clientOf(command).getJson<LineMatchesView>(
          `/demand-lines/${encodeURIComponent(lineId)}/matches`,
          { limit, countries: countries || undefined },
        );
        if (options.json) return printJson(result);
        const { line } = result;
        console.log(
          `Line: ${line.name}${line.externalId ? ` (${line.externalId})` : ''}${line.partNumber ? `, part ${line.partNumber}` : ''}; ${line.status}`,
        );
        if (result.candidates.length === 0) {
          console.log('No candidates.');
          return;
        }
        console.log(
          formatTable(
            ['rank', 'score', 'supplier', 'country', 'external_id', 'name', 'summary', 'failed'],
            result.candidates.map((candidate) => [
              candidate.rank,
              candidate.score.toFixed(3),
              candidate.supplier.name,
              candidate.supplier.country,
              candidate.externalId,
              candidate.name,
              candidate.summary,
              candidate.failed.join('; ') || null,
            ]),
          ),
        );
      },
    );

  const programs = remote.command('programs').description('Import-substitution programs on the server');

  programs
    .command('list')
    .description('List the programs the token may see, with their ids')
    .option('--country <code>', 'only this country')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  npx coopex remote programs list --country RU')
    .action(async (options: JsonOption & { country?: string }, command: Command) => {
      const found = await clientOf(command).getJson<{ items: Program[] }>('/programs', {
        country: options.country?.trim().toUpperCase(),
      });
      if (options.json) return printJson(found);
      console.log(
        formatTable(
          ['id', 'country', 'items', 'title'],
          found.items.map((entry) => [entry.id, entry.country, entry.itemCount, entry.title]),
        ),
      );
    });
}

/** The group's --server and --token (or their environment variables), wherever on the line they were given. */
function clientOf(command: Command): ApiClient {
  return createRemoteClient(command.optsWithGlobals<RemoteOptions>());
}

function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

function printMore(page: Page<unknown>, narrowing: string): void {
  if (page.total > page.items.length) {
    console.log(`… and ${page.total - page.items.length} more; narrow the list with ${narrowing}`);
  }
}

function describeRights(membership: SessionView['memberships'][number]): string {
  const rights = [membership.canBuy ? 'buys' : null, membership.canSupply ? 'supplies' : null].filter(
    Boolean,
  );
  return `${membership.role}${rights.length > 0 ? `, ${rights.join(' and ')}` : ''}`;
}

function formatOf(file: string): 'csv' | 'xlsx' {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  throw new AppError('unsupported_file_format', `Cannot tell the format of ${file}: name it .csv or .xlsx`, {
    file,
  });
}

function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Uploads the file to an import route. A file the server rejects whole comes back as `import_rejected` with the
 * report in its details: the report is printed as the local command prints it, then the one-line error.
 */
async function uploadImport<Report extends RemoteImportReport>(
  client: ApiClient,
  route: string,
  file: string,
  options: ImportOptions,
  query: Query = {},
): Promise<Report> {
  try {
    return await client.uploadFile<Report>(route, file, {
      ...query,
      skipInvalid: options.skipInvalid === true,
      dryRun: options.dryRun === true,
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'import_rejected' && isImportReport(error.details)) {
      if (options.json) printJson(error.details);
      else printImportReport(error.details);
      throw new AppError(
        'import_rejected',
        `nothing was imported from ${file}: fix the rows above, or run again with --skip-invalid`,
        null,
      );
    }
    throw error;
  }
}

function finishImport(file: string, report: RemoteImportReport, options: ImportOptions): void {
  if (options.json) printJson(report);
  else {
    printImportReport(report);
    if (report.isDryRun) console.log('Dry run: nothing was written.');
  }
  if (report.status === 'rejected') {
    throw new AppError(
      'import_rejected',
      `${file} would be rejected: fix the rows above, or import with --skip-invalid`,
      null,
    );
  }
}

function isImportReport(details: unknown): details is RemoteImportReport {
  return (
    typeof details === 'object' &&
    details !== null &&
    'problems' in details &&
    Array.isArray(details.problems) &&
    'columns' in details &&
    Array.isArray(details.columns)
  );
}
