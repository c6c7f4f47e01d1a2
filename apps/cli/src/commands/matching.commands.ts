import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { loadConfiguration } from '@coopex/config';
import { openDatabase } from '@coopex/db';
import { AppError, systemActor } from '@coopex/domain';
import { writeTable } from '@coopex/import';
import { importAnalogues, matchDemandFile, prepareDatabase, type FileLineResult } from '@coopex/use-cases';
import { Option, type Command } from 'commander';
import { withDatabase } from '../runtime';
import { formatTable } from '../terminal-output';

const outputFormats = ['jsonl', 'csv', 'xlsx'] as const;
type OutputFormat = (typeof outputFormats)[number];

export function registerMatchingCommands(program: Command, importCommand: Command): void {
  program
    .command('match <demand-file>')
    .description(
      'Match every line of a hot-list file (CSV or XLSX) against the stored catalog, or against a catalog file alone',
    )
    .option('--catalog <file>', 'match against this catalog file (CSV or XLSX) without touching the database')
    .option('--analogues <file>', 'add this cross-reference of foreign parts and domestic analogues')
    .option('--top <k>', 'candidates per line', '10')
    .option('--countries <codes>', 'only suppliers of these countries, comma-separated (BY,RU)')
    .addOption(
      new Option('--format <format>', 'output format (default: from --out, else jsonl)').choices(
        outputFormats,
      ),
    )
    .option('--out <file>', 'write here instead of standard output')
    .addHelpText(
      'after',
      '\nExamples:\n  npx coopex match hot-list.xlsx --top 5 --format xlsx --out candidates.xlsx\n  npx coopex match hot-list.csv --catalog suppliers.csv --analogues analogues.csv --format jsonl',
    )
    .action(
      async (
        demandFile: string,
        options: {
          catalog?: string;
          analogues?: string;
          top: string;
          countries?: string;
          format?: OutputFormat;
          out?: string;
        },
      ) => {
        const top = Number(options.top);
        if (!Number.isInteger(top) || top < 1 || top > 100) {
          throw new AppError('validation_failed', '--top must be a whole number from 1 to 100', {
            top: options.top,
          });
        }
        const format = options.format ?? formatFromName(options.out) ?? 'jsonl';
        if (format === 'xlsx' && !options.out) {
          throw new AppError('validation_failed', 'XLSX output needs --out <file>', null);
        }
        const run = async (database?: Awaited<ReturnType<typeof openDatabase>>) => {
          const output = createOutput(format, options.out);
          const summary = await matchDemandFile({
            demandSource: demandFile,
            demandFileName: path.basename(demandFile),
            catalogSource: options.catalog,
            catalogFileName: options.catalog ? path.basename(options.catalog) : undefined,
            analoguesSource: options.analogues,
            database,
            top,
            countries: options.countries?.split(',').map((code) => code.trim().toUpperCase()),
            onCatalogProblem: (problems) => {
              for (const problem of problems) {
                console.error(
                  `catalog row ${problem.row}, ${problem.column}: ${problem.reason} (row skipped)`,
                );
              }
            },
            onResult: (result) => output.write(result),
          });
          await output.close();
          if (options.out)
            console.error(
              `${summary.lines} lines matched against ${summary.products} products: ${options.out}`,
            );
        };
        if (options.catalog) {
          await run();
        } else {
          const configuration = loadConfiguration();
          const database = await openDatabase(configuration.database);
          try {
            await prepareDatabase({ database });
            await run(database);
          } finally {
            await database.close();
          }
        }
      },
    );

  importCommand
    .command('analogues <file>')
    .description('Import a cross-reference of foreign parts and their domestic analogues; all rows or none')
    .option('--skip-invalid', 'import the good rows and report the bad ones')
    .addHelpText(
      'after',
      '\nColumns: foreign_part, foreign_manufacturer, domestic_part, domestic_manufacturer, grade (drop-in | pin-compatible | functional), source\nExample:\n  npx coopex import analogues analogues.csv',
    )
    .action(async (file: string, options: { skipInvalid?: boolean }) =>
      withDatabase(async ({ database }) => {
        const report = await importAnalogues({
          actor: systemActor,
          database,
          source: file,
          fileName: path.basename(file),
          skipInvalid: options.skipInvalid === true,
        });
        if (report.problems.length > 0) {
          console.log(
            formatTable(
              ['row', 'column', 'value', 'reason'],
              report.problems
                .slice(0, 50)
                .map((problem) => [problem.row, problem.column, problem.value, problem.reason]),
            ),
          );
        }
        if (report.status === 'rejected') {
          throw new AppError(
            'import_rejected',
            `nothing was imported from ${file}: fix the rows above or use --skip-invalid`,
            null,
          );
        }
        console.log(
          `Analogues: ${report.inserted} new, ${report.updated} updated, ${report.rowsRejected} rejected`,
        );
      }),
    );
}

function formatFromName(file: string | undefined): OutputFormat | undefined {
  const extension = file ? path.extname(file).toLowerCase().slice(1) : '';
  return (outputFormats as readonly string[]).includes(extension) ? (extension as OutputFormat) : undefined;
}

interface ResultOutput {
  write(result: FileLineResult): Promise<void>;
  close(): Promise<void>;
}

/** JSON lines stream as results arrive; CSV and XLSX are tables with one row per candidate. */
function createOutput(format: OutputFormat, file: string | undefined): ResultOutput {
  if (format === 'jsonl') {
    const stream: WriteStream | NodeJS.WriteStream = file ? createWriteStream(file) : process.stdout;
    return {
      async write(result) {
        const record = {
          line: result.line,
          candidates: result.candidates.map((candidate) => ({
            external_id: candidate.externalId,
            name: candidate.name,
            score: candidate.score,
            explanation: candidate.explanation,
            failed: candidate.failed,
            summary: candidate.summary,
          })),
          ...(result.problems.length > 0 ? { problems: result.problems } : {}),
        };
        if (!stream.write(`${JSON.stringify(record)}\n`)) await once(stream, 'drain');
      },
      async close() {
        if (file) {
          (stream as WriteStream).end();
          await once(stream, 'close');
        }
      },
    };
  }
  const rows: Array<Array<string | number | null>> = [];
  return {
    async write(result) {
      if (result.candidates.length === 0) {
        rows.push([
          result.line,
          null,
          null,
          null,
          null,
          null,
          null,
          result.problems.map((problem) => problem.reason).join('; ') || null,
        ]);
      }
      result.candidates.forEach((candidate, index) => {
        rows.push([
          result.line,
          index + 1,
          candidate.externalId,
          candidate.name,
          candidate.country,
          candidate.score,
          candidate.summary,
          candidate.failed.join('; ') || null,
        ]);
      });
    },
    async close() {
      await writeTable({
        destination: file ?? process.stdout,
        format,
        sheetName: 'Candidates',
        headers: ['line', 'rank', 'external_id', 'name', 'country', 'score', 'summary', 'failed'],
        rows,
      });
    },
  };
}
