import { statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { ImportReport } from '@coopex/use-cases';

/** A plain text table: what a problem list looks like in a terminal. */
export function formatTable(headers: string[], rows: Array<Array<string | number | null>>): string {
  const cells = [headers, ...rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))];
  const widths = headers.map((_, index) =>
    Math.min(60, Math.max(...cells.map((row) => (row[index] ?? '').length))),
  );
  const line = (row: string[]) =>
    row
      .map((cell, index) => {
        const width = widths[index] ?? 0;
        const text = cell.length > width ? `${cell.slice(0, width - 1)}…` : cell;
        return text.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [
    line(cells[0]!),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

const shownProblems = 50;

export function printImportReport(report: ImportReport): void {
  const recognised = report.columns.filter((column) => column.field !== null);
  console.log(
    `${report.fileName ?? 'file'}: ${report.format.toUpperCase()}${report.encoding ? `, ${report.encoding}` : ''}${
      report.delimiter ? `, separated by "${report.delimiter === '\t' ? 'tab' : report.delimiter}"` : ''
    }; ${recognised.length} of ${report.columns.length} columns recognised`,
  );
  if (report.ignoredHeaders.length > 0) console.log(`Ignored columns: ${report.ignoredHeaders.join(', ')}`);
  if (report.problemCount > 0) {
    console.log(
      `\n${report.problemCount} problem(s) in ${report.rowsRejected || 'the header'}${report.rowsRejected ? ' row(s)' : ''}:`,
    );
    console.log(
      formatTable(
        ['row', 'column', 'value', 'reason'],
        report.problems
          .slice(0, shownProblems)
          .map((problem) => [problem.row, problem.column, problem.value, problem.reason]),
      ),
    );
    if (report.problemCount > shownProblems) console.log(`… and ${report.problemCount - shownProblems} more`);
  }
  if (report.warningCount > 0) {
    const first = report.warnings[0]!;
    console.log(
      `\n${report.warningCount} warning(s), e.g. row ${first.row}, ${first.column}: ${first.reason}`,
    );
  }
  console.log(
    `\nRows read: ${report.rowsRead}; imported: ${report.rowsImported} (${report.inserted} new, ${report.updated} updated); rejected: ${report.rowsRejected}`,
  );
}

/** A progress bar on stderr for files large enough to wait for, and only when a person is watching. */
export function createProgressReporter(filePath: string): {
  onProgress: ((bytesRead: number) => void) | undefined;
  stop: () => void;
} {
  const size = statSync(filePath).size;
  if (!process.stderr.isTTY || size < 5 * 1024 * 1024)
    return { onProgress: undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: 'Importing [{bar}] {percentage}% | {value}/{total} MB', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
  bar.start(megabytes(size), 0);
  return { onProgress: (bytesRead) => bar.update(megabytes(bytesRead)), stop: () => bar.stop() };
}
