import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError, systemActor } from '@coopex/domain';
import {
  exportSynchronizationReport,
  importProgram,
  listPrograms,
  loadCatalogMatching,
  synchronizePrograms,
  type SideReport,
} from '@coopex/use-cases';
import type { Command } from 'commander';
import { withDatabase } from '../runtime';
import { formatTable, printImportReport } from '../terminal-output';

export function registerProgramCommands(program: Command, importCommand: Command): void {
  importCommand
    .command('program <file>')
    .description('Import a ministry’s import-substitution program (CSV or XLSX); all rows or none')
    .requiredOption('--country <code>', 'the program’s country (BY, RU, …)')
    .requiredOption('-t, --title <title>', 'the program’s title; a program with this title is updated')
    .option('--ministry <reference>', 'the ministry: id, tax id or exact name')
    .option('--industry <industry>', 'the industry the program covers')
    .option('--period <years>', 'the program’s period, e.g. 2026-2028')
    .option('--skip-invalid', 'import the good rows and report the bad ones')
    .addHelpText(
      'after',
      '\nColumns: the hot-list columns (name, tnved, okpd2, quantity, unit, param:…) plus value, currency, target_year, responsible, note.\nExample:\n  npx coopex import program electronics-2026.xlsx --country RU --title "Импортозамещение в электронике 2026–2028" --period 2026-2028',
    )
    .action(
      async (
        file: string,
        options: {
          country: string;
          title: string;
          ministry?: string;
          industry?: string;
          period?: string;
          skipInvalid?: boolean;
        },
      ) =>
        withDatabase(async ({ database }) => {
          const period = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(options.period ?? '');
          if (options.period && !period) {
            throw new AppError('validation_failed', '--period must look like 2026-2028', {
              period: options.period,
            });
          }
          const { program: imported, ...report } = await importProgram({
            actor: systemActor,
            database,
            source: file,
            fileName: path.basename(file),
            skipInvalid: options.skipInvalid === true,
            program: {
              country: options.country,
              title: options.title,
              ministry: options.ministry,
              industry: options.industry ?? null,
              periodFrom: period ? Number(period[1]) : null,
              periodTo: period ? Number(period[2]) : null,
              status: 'active',
            },
          });
          if (imported)
            console.log(`Program: ${imported.title} (${imported.id}), ${imported.itemCount} items`);
          printImportReport(report);
          if (report.status === 'rejected') {
            throw new AppError(
              'import_rejected',
              `nothing was imported from ${file}: fix the rows above or use --skip-invalid`,
              null,
            );
          }
        }),
    );

  const programs = program
    .command('programs')
    .description('Import-substitution programs: list and synchronise');

  programs
    .command('list')
    .description('List the loaded programs with their ids')
    .option('--country <code>', 'only this country')
    .addHelpText('after', '\nExample:\n  npx coopex programs list --country BY')
    .action(async (options: { country?: string }) =>
      withDatabase(async ({ database }) => {
        const found = await listPrograms({
          actor: systemActor,
          database,
          country: options.country?.toUpperCase(),
        });
        console.log(
          formatTable(
            ['id', 'country', 'items', 'title'],
            found.map((entry) => [entry.id, entry.country, entry.itemCount, entry.title]),
          ),
        );
      }),
    );

  programs
    .command('sync <left> <right>')
    .description(
      'Synchronise two programs, or two countries’ programs: coverage by the other side, gaps, overlaps',
    )
    .option('--out <file>', 'write the report: .xlsx (a workbook for people) or .json')
    .addHelpText(
      'after',
      '\n<left> and <right> are program ids (see `coopex programs list`) or country codes (all programs of that country).\nExamples:\n  npx coopex programs sync BY RU --out report.xlsx\n  npx coopex programs sync 3f2c… RU --out report.json',
    )
    .action(async (left: string, right: string, options: { out?: string }) =>
      withDatabase(async ({ database }) => {
        const matching = await loadCatalogMatching({ database });
        const report = await synchronizePrograms({ actor: systemActor, database, matching, left, right });
        console.log(
          formatTable(
            [
              'side',
              'supplied by',
              'items',
              'covered',
              'partly',
              'not covered',
              'value covered / partly / not',
            ],
            report.sides.map((side) => [
              `${side.country}: ${side.programs.length} program(s)`,
              side.suppliedBy.join(','),
              side.items.length,
              side.totals.items.covered,
              side.totals.items.partly,
              side.totals.items.not_covered,
              describeValue(side),
            ]),
          ),
        );
        console.log(
          `Gaps (candidate joint projects): ${report.gaps.length}; overlaps: ${report.overlaps.length}; same heading but different products: ${report.falseFriends.length}`,
        );
        if (!options.out) return;
        const extension = path.extname(options.out).toLowerCase();
        if (extension === '.json') await writeFile(options.out, JSON.stringify(report, null, 2));
        else if (extension === '.xlsx')
          await exportSynchronizationReport({ report, destination: options.out });
        else
          throw new AppError('unsupported_file_format', 'Name the report .xlsx or .json', {
            file: options.out,
          });
        console.log(`Report written to ${options.out}`);
      }),
    );
}

function describeValue(side: SideReport): string {
  return Object.entries(side.totals.value)
    .map(
      ([currency, value]) =>
        `${currency} ${Math.round(value.covered)} / ${Math.round(value.partly)} / ${Math.round(value.not_covered)}`,
    )
    .join('; ');
}
