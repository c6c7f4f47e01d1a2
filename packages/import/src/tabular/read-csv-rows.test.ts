import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '@coopex/domain';
import { readCsvRows } from './read-csv-rows';
import type { SheetRow } from './sheet-row';

async function collect(rows: AsyncIterable<SheetRow>): Promise<SheetRow[]> {
  const all: SheetRow[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

/** One byte per chunk, so every multi-byte character and every CRLF is split across chunks. */
function byteByByte(bytes: Buffer): Readable {
  return Readable.from(
    [...bytes].map((byte) => Buffer.from([byte])),
    { objectMode: false },
  );
}

describe('readCsvRows', () => {
  it('counts a CRLF inside a quoted cell as one line', async () => {
    const stream = Readable.from([Buffer.from('a;b\r\n1;"x\r\ny"\r\n2;z\r\n')]);
    expect(await collect(readCsvRows({ stream, encoding: 'utf-8', delimiter: ';' }))).toEqual([
      { rowNumber: 1, cells: ['a', 'b'] },
      { rowNumber: 2, cells: ['1', 'x\r\ny'] },
      { rowNumber: 4, cells: ['2', 'z'] },
    ]);
  });

  it('decodes characters split across chunks in both encodings', async () => {
    const text = 'имя;ёмкость\nБолт;Ёж\n';
    for (const [encoding, bytes] of [
      ['utf-8', Buffer.from(`\uFEFF${text}`)],
      ['windows-1251', iconv.encode(text, 'win1251')],
    ] as const) {
      const rows = await collect(readCsvRows({ stream: byteByByte(bytes), encoding, delimiter: ';' }));
      expect(rows.map((row) => row.cells)).toEqual([
        ['имя', 'ёмкость'],
        ['Болт', 'Ёж'],
      ]);
    }
  });

  it('accepts a quote inside an unquoted cell, as in a pipe size', async () => {
    const stream = Readable.from([Buffer.from('name;size\nТруба;1/2"\n')]);
    expect((await collect(readCsvRows({ stream, encoding: 'utf-8', delimiter: ';' })))[1]?.cells).toEqual([
      'Труба',
      '1/2"',
    ]);
  });

  it('turns a parse failure into a validation error naming the row', async () => {
    const stream = Readable.from([Buffer.from('a\nb\n"c\n')]);
    const error: unknown = await collect(readCsvRows({ stream, encoding: 'utf-8', delimiter: ';' })).catch(
      (rejection: unknown) => rejection,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toMatchObject({ row: 3, reason: 'CSV_QUOTE_NOT_CLOSED' });
  });
});
