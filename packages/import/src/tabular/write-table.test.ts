import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@coopex/domain';
import { readTable, type TableRow } from './read-table';
import { writeTable, type TableCell } from './write-table';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'coopex-write-table-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function collect(rows: AsyncIterable<TableRow>): Promise<TableRow[]> {
  const all: TableRow[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

const headers = [
  'Наименование',
  'Цена, руб.',
  'Описание "кратко"',
  'Код ТН ВЭД',
  'ОКПД2',
  'Кол-во',
  'Примечание',
];
const rows: TableCell[][] = [
  ['Болт М8, оцинкованный', 4.5, 'строка 1\nстрока 2', '0101210000', '01.11', 1200, null],
  ['Гайка "М8"', 0.1 + 0.2, 'a, b; c', '8482100009', '25.94.11', -3, '=1+1'],
  ['Шайба', null, '', '0000000001', '01', 0, ' пробел в начале'],
];
const expectedRows = [
  ['Болт М8, оцинкованный', '4.5', 'строка 1\nстрока 2', '0101210000', '01.11', '1200', ''],
  ['Гайка "М8"', '0.3', 'a, b; c', '8482100009', '25.94.11', '-3', '=1+1'],
  ['Шайба', '', '', '0000000001', '01', '0', ' пробел в начале'],
];

describe('writeTable', () => {
  for (const format of ['csv', 'xlsx'] as const) {
    it(`writes ${format} that readTable reads back with identical headers and cell text`, async () => {
      const filePath = path.join(directory, `round-trip.${format}`);
      const result = await writeTable({ destination: filePath, format, headers, rows, sheetName: 'Позиции' });
      expect(result).toEqual({ rowCount: 3 });

      const table = await readTable({ source: filePath, fileName: `round-trip.${format}` });
      expect(table.format).toBe(format);
      expect(table.headers).toEqual(headers);
      const readRows = await collect(table.rows);
      expect(readRows.map((row) => headers.map((header) => row.values[header]))).toEqual(expectedRows);
      expect(readRows.map((row) => row.rowNumber)).toEqual(format === 'csv' ? [2, 4, 5] : [2, 3, 4]);
      expect(readRows.every((row) => row.extraCells === undefined)).toBe(true);
    });
  }

  it('writes CSV as UTF-8 with a byte order mark, commas and CRLF line ends', async () => {
    const filePath = path.join(directory, 'plain.csv');
    await writeTable({ destination: filePath, format: 'csv', headers: ['a', 'b'], rows: [['x', 1]] });
    const bytes = await readFile(filePath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('a,b\r\nx,1\r\n');
  });

  it('stores numbers as numbers and codes as text in XLSX, under a bold frozen header', async () => {
    const filePath = path.join(directory, 'types.xlsx');
    await writeTable({
      destination: filePath,
      format: 'xlsx',
      headers: ['Код ТН ВЭД', 'Цена'],
      rows: [['0101210000', 4.5]],
      sheetName: 'Bad/name?: [that is far too long for Excel]',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(filePath);
    const worksheet = workbook.worksheets[0];
    expect(worksheet?.name.length).toBeLessThanOrEqual(31);
    expect(worksheet?.name).not.toMatch(/[[\]:*?/\\]/);
    expect(worksheet?.getCell('A2').value).toBe('0101210000');
    expect(worksheet?.getCell('B2').value).toBe(4.5);
    expect(worksheet?.getCell('A1').font?.bold).toBe(true);
    expect(worksheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(worksheet?.getColumn(1).width).toBeGreaterThanOrEqual(10);
  });

  it('takes rows from an async generator and writes to a stream it ends', async () => {
    async function* generate(): AsyncGenerator<TableCell[]> {
      for (let index = 0; index < 20_000; index += 1) yield [`Позиция ${index}`, index / 4];
    }
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const result = await writeTable({
      destination: output,
      format: 'xlsx',
      headers: ['name', 'qty'],
      rows: generate(),
    });
    expect(result.rowCount).toBe(20_000);
    expect(output.writableEnded).toBe(true);

    const table = await readTable({ source: Buffer.concat(chunks) });
    let count = 0;
    for await (const row of table.rows) {
      expect(row.values).toEqual({ name: `Позиция ${count}`, qty: String(count / 4) });
      count += 1;
    }
    expect(count).toBe(20_000);
  });

  it('refuses a row longer than the header and leaves no half-written file', async () => {
    const filePath = path.join(directory, 'broken.csv');
    const error: unknown = await writeTable({
      destination: filePath,
      format: 'csv',
      headers: ['a'],
      rows: [['1'], ['2', 'extra']],
    }).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(AppError);
    await expect(stat(filePath)).rejects.toThrow();
  });

  it('refuses repeated headers, which could not be read back', async () => {
    await expect(
      writeTable({
        destination: path.join(directory, 'twice.csv'),
        format: 'csv',
        headers: ['a', 'a'],
        rows: [],
      }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('fails instead of hanging when the destination folder does not exist', async () => {
    const filePath = path.join(directory, 'missing-folder', 'out.xlsx');
    await expect(
      writeTable({ destination: filePath, format: 'xlsx', headers: ['a'], rows: [['1']] }),
    ).rejects.toThrow(/ENOENT/);
  });
});
