import { pipeline, type Readable } from 'node:stream';
import { CsvError, parse, type Options } from 'csv-parse';
import iconv from 'iconv-lite';
import { AppError } from '@coopex/domain';
import { restoreNeutralizedFormula } from './spreadsheet-formulas';
import type { CsvDelimiter } from './detect-delimiter';
import type { TextEncoding } from './detect-text-encoding';
import type { SheetRow } from './sheet-row';

/** One cell longer than this is a broken file (say, a quote never closed), not data worth holding in memory. */
const maximumRecordCharacters = 2_000_000;

/**
 * Streams the records of a CSV byte stream: decodes it (dropping a byte order mark), splits it with
 * csv-parse and numbers each record by the line it starts on, so that a record whose quoted cell
 * spans several lines is reported at its first line, as a text editor shows it.
 */
export async function* readCsvRows({
  stream,
  encoding,
  delimiter,
}: {
  stream: Readable;
  encoding: TextEncoding;
  delimiter: CsvDelimiter;
}): AsyncGenerator<SheetRow> {
  const decoder = iconv.decodeStream(encoding === 'utf-8' ? 'utf8' : 'win1251');
  // csv-parse's own line counter counts a CRLF inside quotes twice, so lines are counted from the raw
  // text. Counting happens as records are parsed, not as they are consumed, because a parse error
  // discards the records still buffered and must still name the line the broken record starts on.
  let nextLineNumber = 1;
  // csv-parse's types do not model `raw: true`, which hands on_record the record together with its raw text.
  const numberRecord = ({ record, raw }: { record: string[]; raw: string }): SheetRow => {
    const rowNumber = nextLineNumber;
    nextLineNumber += countLineBreaks(raw);
    return { rowNumber, cells: record.map(restoreNeutralizedFormula) };
  };
  const parser = parse({
    delimiter,
    // Quotes inside unquoted cells are common in hand-made files: Труба 1/2" must not be an error.
    relax_quotes: true,
    // Rows of any length are passed on; the caller reports extra cells against the header.
    relax_column_count: true,
    raw: true,
    max_record_size: maximumRecordCharacters,
    on_record: numberRecord as unknown as Options['on_record'],
  });
  // A failure anywhere in the chain destroys the parser with that error, so it surfaces in the loop below.
  pipeline(stream, decoder, parser, () => undefined);

  try {
    yield* parser as AsyncIterable<SheetRow>;
  } catch (error) {
    if (error instanceof CsvError) throw describeCsvError(error, nextLineNumber);
    throw error;
  } finally {
    parser.destroy();
  }
}

function countLineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function describeCsvError(error: CsvError, lineNumber: number): AppError {
  const reasons: Partial<Record<string, string>> = {
    CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed (a closing " is missing)',
    CSV_MAX_RECORD_SIZE: 'the row is too long; a closing " is probably missing',
    CSV_INVALID_CLOSING_QUOTE: 'a closing " is followed by other characters in the same cell',
  };
  const reason = reasons[error.code] ?? error.message;
  return new AppError('validation_failed', `Row ${lineNumber}: ${reason}`, {
    row: lineNumber,
    reason: error.code,
  });
}
