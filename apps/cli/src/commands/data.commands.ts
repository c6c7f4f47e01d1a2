import path from 'node:path';
import { AppError, systemActor } from '@coopex/domain';
import { writeRejectedRows } from '../write-rejected-rows';
import {
  exportDemandList,
  exportProducts,
  importClassifier,
  importDemandList,
  importProducts,
  listDemandLists,
  listOrganisations,
  summarizeClassifiers,
  type ImportReport,
} from '@coopex/use-cases';
import { Option, type Command } from 'commander';
import { withDatabase } from '../runtime';
import { createProgressReporter, formatTable, printImportReport } from '../terminal-output';

const classifierFormats = ['tnved-json', 'tnved-fts', 'okpd2-json', 'hs-csv'] as const;

export function registerDataCommands(program: Command): Command {
  const importCommand = program
    .command('import')
    .description('Import catalogs, hot lists and classifiers from files');

  importCommand
    .command('products <file>')
    .description('Import a supplier catalog (CSV in UTF-8 or Windows-1251, or XLSX); all rows or none')
    .option(
      '-o, --organisation <reference>',
      'supplier: id, tax id (УНП/ИНН) or exact name; else the file’s supplier column',
    )
    .option('--skip-invalid', 'import the good rows and write the rejected ones with reasons to a file')
    .option('--rejects <file>', 'where --skip-invalid writes rejected rows (default: <file>.rejected.csv)')
    .addHelpText(
      'after',
      '\nExamples:\n  npx coopex import products examples/products.csv --organisation 190123453\n  npx coopex import products catalog.xlsx --organisation "ОАО «Завод»" --skip-invalid',
    )
    .action(
      async (file: string, options: { organisation?: string; skipInvalid?: boolean; rejects?: string }) =>
        runImport(file, options, (common) =>
          importProducts({ ...common, organisationId: options.organisation }),
        ),
    );

  importCommand
    .command('demand <file>')
    .description('Import a hot list of goods that can no longer be imported; all rows or none')
    .requiredOption('-o, --organisation <reference>', 'buyer: id, tax id (УНП/ИНН) or exact name')
    .option(
      '-t, --title <title>',
      'hot list title; a list with this title is updated (default: the file name)',
    )
    .option('--list <id>', 'import into this existing hot list')
    .option('--skip-invalid', 'import the good rows and write the rejected ones with reasons to a file')
    .option('--rejects <file>', 'where --skip-invalid writes rejected rows (default: <file>.rejected.csv)')
    .addHelpText(
      'after',
      '\nExample:\n  npx coopex import demand examples/hot-list.csv --organisation 7736050003 --title "Горячий список 2027"',
    )
    .action(
      async (
        file: string,
        options: {
          organisation: string;
          title?: string;
          list?: string;
          skipInvalid?: boolean;
          rejects?: string;
        },
      ) =>
        runImport(file, options, async (common) => {
          const { list, ...report } = await importDemandList({
            ...common,
            organisationId: options.organisation,
            title: options.title,
            listId: options.list,
          });
          if (list) console.log(`Hot list: ${list.title} (${list.id}), ${list.lineCount} lines`);
          return report;
        }),
    );

  importCommand
    .command('classifier <file>')
    .description(
      'Load an official classifier file: TN VED JSON tree or customs tables (TNVED*.TXT), OKPD2 tree, HS CSV',
    )
    .addOption(
      new Option('--format <format>', 'file format (detected from the content when omitted)').choices(
        classifierFormats,
      ),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  npx coopex import classifier ../shared/data/classifiers/tnved-2022.json\n  npx coopex import classifier ../shared/data/classifiers/tnved-fts/TNVED3.TXT',
    )
    .action(async (file: string, options: { format?: (typeof classifierFormats)[number] }) =>
      withDatabase(async ({ database }) => {
        const result = await importClassifier({
          actor: systemActor,
          database,
          path: file,
          format: options.format,
        });
        console.log(
          `${result.system}: ${result.entries} entries loaded (${Object.entries(result.byLevel)
            .map(([level, count]) => `${count} ${level}`)
            .join(', ')})`,
        );
      }),
    );

  const exportCommand = program.command('export').description('Export catalogs and hot lists to CSV or XLSX');

  exportCommand
    .command('products <file>')
    .description(
      'Export products (one organisation’s or all) with canonical headers; the file re-imports unchanged',
    )
    .option('-o, --organisation <reference>', 'only this supplier: id, tax id or exact name')
    .addHelpText('after', '\nExample:\n  npx coopex export products catalog.xlsx --organisation 190123453')
    .action(async (file: string, options: { organisation?: string }) =>
      withDatabase(async ({ database }) => {
        const { rowsWritten } = await exportProducts({
          actor: systemActor,
          database,
          organisationId: options.organisation,
          destination: file,
          format: formatOf(file),
        });
        console.log(`${rowsWritten} products written to ${file}`);
      }),
    );

  exportCommand
    .command('demand <file>')
    .description('Export a hot list; the file re-imports unchanged')
    .requiredOption('--list <id>', 'hot list id (see `coopex lists`)')
    .addHelpText('after', '\nExample:\n  npx coopex export demand hot-list.xlsx --list 5b0c…')
    .action(async (file: string, options: { list: string }) =>
      withDatabase(async ({ database }) => {
        const { rowsWritten } = await exportDemandList({
          actor: systemActor,
          database,
          listId: options.list,
          destination: file,
          format: formatOf(file),
        });
        console.log(`${rowsWritten} lines written to ${file}`);
      }),
    );

  program
    .command('organisations')
    .description('List organisations with their ids and tax ids')
    .option('--country <code>', 'only this country (BY, RU, …)')
    .addHelpText('after', '\nExample:\n  npx coopex organisations --country BY')
    .action(async (options: { country?: string }) =>
      withDatabase(async ({ database }) => {
        const page = await listOrganisations({
          actor: systemActor,
          database,
          filter: { country: options.country, limit: 500, offset: 0 },
        });
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
      }),
    );

  program
    .command('lists')
    .description('List hot lists with their ids')
    .addHelpText('after', '\nExample:\n  npx coopex lists')
    .action(async () =>
      withDatabase(async ({ database }) => {
        const page = await listDemandLists({
          actor: systemActor,
          database,
          filter: { limit: 500, offset: 0 },
        });
        console.log(
          formatTable(
            ['id', 'lines', 'title'],
            page.items.map((list) => [list.id, list.lineCount, list.title]),
          ),
        );
      }),
    );

  program
    .command('classifiers')
    .description('Show which classifiers are loaded, with codes per level')
    .addHelpText('after', '\nExample:\n  npx coopex classifiers')
    .action(async () =>
      withDatabase(async ({ database }) => {
        const levels = await summarizeClassifiers({ database });
        console.log(
          formatTable(
            ['system', 'level', 'codes'],
            levels.map((level) => [level.system, level.level, level.codes]),
          ),
        );
      }),
    );
  return importCommand;
}

function formatOf(file: string): 'csv' | 'xlsx' {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  throw new AppError('unsupported_file_format', `Cannot tell the format of ${file}: name it .csv or .xlsx`, {
    file,
  });
}

async function runImport(
  file: string,
  options: { skipInvalid?: boolean; rejects?: string },
  run: (common: Parameters<typeof importProducts>[0]) => Promise<ImportReport>,
): Promise<void> {
  await withDatabase(async ({ database }) => {
    const progress = createProgressReporter(file);
    const rejectsPath = options.rejects ?? `${file}.rejected.csv`;
    const rejects = options.skipInvalid ? writeRejectedRows(rejectsPath) : undefined;
    let report: ImportReport;
    try {
      report = await run({
        database,
        actor: systemActor,
        source: file,
        fileName: path.basename(file),
        skipInvalid: options.skipInvalid === true,
        onProgress: progress.onProgress,
        onRejectedRow: rejects?.add,
      });
    } finally {
      progress.stop();
      await rejects?.close();
    }
    printImportReport(report);
    if (report.status === 'rejected') {
      throw new AppError(
        'import_rejected',
        `nothing was imported from ${file}: fix the rows above, or run again with --skip-invalid`,
        null,
      );
    }
    if (rejects && report.rowsRejected > 0) console.log(`Rejected rows with reasons: ${rejectsPath}`);
  });
}
