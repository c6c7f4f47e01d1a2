import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import type { RowProblem, SourceRow } from '@coopex/import';

/**
 * The file --skip-invalid promises: every rejected row as it was, with its row number and the reasons, in a CSV
 * the user can fix and import again. Columns follow the first rejected row (all rows of a file share headers).
 */
export function writeRejectedRows(filePath: string): {
  add: (row: SourceRow, problems: RowProblem[]) => Promise<void>;
  close: () => Promise<void>;
} {
  let headers: string[] | null = null;
  const output = createWriteStream(filePath);
  const writer = stringify({ bom: true });
  writer.pipe(output);
  return {
    async add(row, problems) {
      if (headers === null) {
        headers = Object.keys(row.values);
        writer.write(['source_row', ...headers, 'problems']);
      }
      const reasons = problems.map((problem) => `${problem.column}: ${problem.reason}`).join('; ');
      if (!writer.write([row.rowNumber, ...headers.map((header) => row.values[header] ?? ''), reasons])) {
        await once(writer, 'drain');
      }
    },
    async close() {
      writer.end();
      await once(output, 'close');
    },
  };
}
