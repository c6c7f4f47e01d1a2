import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { AppError } from '@coopex/domain';
import { parse } from 'csv-parse';

export interface CsvRecord {
  fields: string[];
  /** Line of the file the record ends on, for error messages */
  line: number;
}

/**
 * Streams the records of a UTF-8 CSV file (a leading BOM is dropped), the header included, and turns parse
 * failures such as a row with too many fields into import_rejected with the line number.
 */
export async function* readCsvRecords(path: string): AsyncGenerator<CsvRecord> {
  const source = createReadStream(path);
  const parser = parse({ bom: true, info: true, skip_empty_lines: true });
  pipeline(source, parser, () => undefined);
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { fields: item.record, line: item.info.lines };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('import_rejected', `${path}: ${(error as Error).message}`, { path });
  } finally {
    source.destroy();
  }
}
