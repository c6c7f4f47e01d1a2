import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@coopex/domain';
import { readTable, type TableRow } from './read-table';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'coopex-read-table-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function fixture(name: string, content: string | Uint8Array): Promise<string> {
  const filePath = path.join(directory, name);
  await writeFile(filePath, content);
  return filePath;
}

async function collect(rows: AsyncIterable<TableRow>): Promise<TableRow[]> {
  const all: TableRow[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

async function readError(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('readTable on CSV', () => {
  it('reads UTF-8 with a byte order mark and strips the mark from the first header', async () => {
    const filePath = await fixture('bom.csv', '\uFEFFНаименование,Цена\r\nБолт М8,4.5\r\n');
    const table = await readTable({ source: filePath });
    expect(table).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',' });
    expect(table.headers).toEqual(['Наименование', 'Цена']);
    expect(await collect(table.rows)).toEqual([
      { rowNumber: 2, values: { Наименование: 'Болт М8', Цена: '4.5' } },
    ]);
  });

  it('reads a semicolon-separated Windows-1251 file as Excel with Russian settings saves it', async () => {
    const content = 'Наименование;Кол-во в год;Ед. изм.\r\nПодшипник 6205;1 200;шт\r\nЁмкость, 5 л;10;шт\r\n';
    const filePath = await fixture('cp1251.csv', iconv.encode(content, 'win1251'));
    const table = await readTable({ source: filePath });
    expect(table).toMatchObject({ encoding: 'windows-1251', delimiter: ';' });
    expect(table.headers).toEqual(['Наименование', 'Кол-во в год', 'Ед. изм.']);
    const rows = await collect(table.rows);
    expect(rows.map((row) => row.values['Наименование'])).toEqual(['Подшипник 6205', 'Ёмкость, 5 л']);
    expect(rows[0]?.values['Кол-во в год']).toBe('1 200');
  });

  it('does not misjudge UTF-8 whose Cyrillic letter is cut by the sniffing buffer boundary', async () => {
    const header = 'name;description\n';
    const filler = 'x'.repeat(64 * 1024 - header.length - 'item;'.length - 1);
    // The two bytes of "Ж" straddle byte 65536, where the first read ends.
    const content = `${header}item;${filler}Жук\n`;
    expect(
      Buffer.from(content)
        .subarray(0, 64 * 1024)
        .at(-1),
    ).toBe(0xd0);
    const table = await readTable({ source: await fixture('boundary.csv', content) });
    expect(table.encoding).toBe('utf-8');
    const [row] = await collect(table.rows);
    expect(row?.values['description']?.endsWith('Жук')).toBe(true);
  });

  it('detects Windows-1251 even when the first 64 KiB are plain ASCII', async () => {
    const content = `code;name\n${'1;bolt\n'.repeat(20_000)}2;Гайка\n`;
    const table = await readTable({
      source: await fixture('late-cyrillic.csv', iconv.encode(content, 'win1251')),
    });
    expect(table.encoding).toBe('windows-1251');
    const rows = await collect(table.rows);
    expect(rows.at(-1)?.values['name']).toBe('Гайка');
  });

  it('reads tab-separated files and trims header names but not values', async () => {
    const table = await readTable({ source: Buffer.from(' name \t qty\n  padded  \t3\n') });
    expect(table.delimiter).toBe('\t');
    expect(table.headers).toEqual(['name', 'qty']);
    expect(await collect(table.rows)).toEqual([{ rowNumber: 2, values: { name: '  padded  ', qty: '3' } }]);
  });

  it('numbers a record with a multi-line quoted cell by its first line and keeps later numbers true', async () => {
    const content =
      'name;description\r\n"Болт";"строка 1\r\nстрока 2\r\nстрока 3"\r\nГайка;"a ""quoted"" word"\r\n';
    const rows = await collect((await readTable({ source: Buffer.from(content) })).rows);
    expect(rows).toEqual([
      { rowNumber: 2, values: { name: 'Болт', description: 'строка 1\r\nстрока 2\r\nстрока 3' } },
      { rowNumber: 5, values: { name: 'Гайка', description: 'a "quoted" word' } },
    ]);
  });

  it('skips empty rows, including rows of empty cells, without renumbering the rows after them', async () => {
    const content = '\n\nname;qty\n\nБолт;1\n;;\n  ;\nГайка;2';
    const table = await readTable({ source: Buffer.from(content) });
    expect(table.headers).toEqual(['name', 'qty']);
    expect((await collect(table.rows)).map((row) => row.rowNumber)).toEqual([5, 8]);
  });

  it('reports non-empty cells beyond the header as row-level extra cells instead of failing the file', async () => {
    const content = 'name;qty\nБолт;1;лишнее;;ещё\nГайка;2;;\nШайба\n';
    const rows = await collect((await readTable({ source: Buffer.from(content) })).rows);
    expect(rows).toEqual([
      { rowNumber: 2, values: { name: 'Болт', qty: '1' }, extraCells: ['лишнее', 'ещё'] },
      // Trailing empty cells are not a problem, and missing cells read as empty.
      { rowNumber: 3, values: { name: 'Гайка', qty: '2' } },
      { rowNumber: 4, values: { name: 'Шайба', qty: '' } },
    ]);
  });

  it('names an empty header cell between two names and drops empty header cells after the last name', async () => {
    const table = await readTable({ source: Buffer.from('name;;qty;;\nБолт;заметка;1\n') });
    expect(table.headers).toEqual(['name', '(column 2)', 'qty']);
    expect((await collect(table.rows))[0]?.values['(column 2)']).toBe('заметка');
  });

  it('rejects a header row that names the same column twice rather than losing one of them', async () => {
    const error = await readError(readTable({ source: Buffer.from('name;Цена;Цена \nБолт;1;2\n') }));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual({ row: 1, header: 'Цена' });
  });

  it('rejects an empty file, and a file of blank lines, with "file has no header row"', async () => {
    for (const content of ['', '\r\n\r\n;;;\r\n']) {
      const error = await readError(readTable({ source: await fixture('empty.csv', content) }));
      expect(error.code).toBe('validation_failed');
      expect(error.message).toMatch(/file has no header row/);
    }
  });

  it('rejects an old .xls file by its signature, whatever its name', async () => {
    const oleHeader = Buffer.from([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array<number>(504).fill(0),
    ]);
    const error = await readError(
      readTable({ source: await fixture('renamed.csv', oleHeader), fileName: 'renamed.csv' }),
    );
    expect(error.code).toBe('unsupported_file_format');
    expect(error.message).toBe('Old .xls files are not supported: save as .xlsx or CSV');
  });

  it('reports a quote that is never closed with the row it starts on', async () => {
    const source = Buffer.from('name;qty\nБолт;1\n"Гайка;2\nШайба;3\n');
    // A small file fails while its header is read, a large one while its rows are: either way the row is named.
    const error = await readError(readTable({ source }).then((table) => collect(table.rows)));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toMatchObject({ row: 3 });
  });

  it('fails when the content is not of the format the caller expected', async () => {
    const error = await readError(readTable({ source: Buffer.from('name\nБолт\n'), format: 'xlsx' }));
    expect(error.code).toBe('unsupported_file_format');
  });

  it('reports a missing file as not found', async () => {
    const error = await readError(readTable({ source: path.join(directory, 'absent.csv') }));
    expect(error.code).toBe('not_found');
  });

  it('reports progress in bytes with the total for a file', async () => {
    const content = `name;qty\n${'Болт;1\n'.repeat(50_000)}`;
    const filePath = await fixture('progress.csv', content);
    const calls: Array<[number, number | undefined]> = [];
    const table = await readTable({
      source: filePath,
      onProgress: (bytesRead, totalBytes) => calls.push([bytesRead, totalBytes]),
    });
    await collect(table.rows);
    const total = Buffer.byteLength(content);
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.at(-1)).toEqual([total, total]);
    expect(calls.every(([, totalBytes]) => totalBytes === total)).toBe(true);
  });

  it('yields the first rows before a stream has been read to its end', async () => {
    const rowCount = 100_000;
    let producedBytes = 0;
    const source = Readable.from(
      (function* () {
        yield Buffer.from('name;qty\n');
        for (let index = 0; index < rowCount; index += 1) {
          const line = Buffer.from(`Болт ${index};${index}\n`);
          producedBytes += line.length;
          yield line;
        }
      })(),
    );
    const table = await readTable({ source });
    let producedAtFirstRow = -1;
    let count = 0;
    for await (const row of table.rows) {
      if (count === 0) producedAtFirstRow = producedBytes;
      expect(row.rowNumber).toBe(count + 2);
      count += 1;
    }
    expect(count).toBe(rowCount);
    expect(producedAtFirstRow).toBeLessThan(producedBytes / 4);
  });

  it('closes the source when the caller stops early', async () => {
    const source = Readable.from([Buffer.from('name\n'), Buffer.from('a\nb\nc\n')]);
    const table = await readTable({ source });
    for await (const row of table.rows) {
      expect(row.values['name']).toBe('a');
      break;
    }
    expect(source.destroyed).toBe(true);
  });

  it('closes the source when the rows are abandoned before the first one is read', async () => {
    const source = Readable.from([Buffer.from('Артикул\n'), Buffer.from('a\nb\n')]);
    const table = await readTable({ source });
    await table.rows.return(undefined);
    expect(source.destroyed).toBe(true);
  });

  it('streams a 200,000-row file with bounded memory', async () => {
    const filePath = path.join(directory, 'large.csv');
    const output = createWriteStream(filePath);
    output.write('Код;Наименование;Описание;Кол-во в год\n');
    const description = 'Подшипник шариковый радиальный однорядный, сталь ШХ15, ГОСТ 8338-75'.repeat(2);
    for (let index = 0; index < 200_000; index += 1) {
      if (!output.write(`${index};Позиция ${index};${description};${index % 1000}\n`))
        await once(output, 'drain');
    }
    output.end();
    await once(output, 'finish');

    const memoryInUse = (): number => {
      const usage = process.memoryUsage();
      return usage.heapUsed + usage.arrayBuffers;
    };
    const before = memoryInUse();
    let peak = before;
    let count = 0;
    const table = await readTable({ source: filePath });
    for await (const row of table.rows) {
      count += 1;
      if (count % 10_000 === 0) peak = Math.max(peak, memoryInUse());
      if (count === 200_000) expect(row.rowNumber).toBe(200_001);
    }
    expect(count).toBe(200_000);
    // The file is 50 MB (61 MB as a JavaScript string); a reader holding it as bytes and text would exceed
    // this margin, while streaming peaks near 45 MB, almost all of it garbage awaiting collection.
    expect(peak - before).toBeLessThan(100 * 1024 * 1024);
  });
});

describe('readTable on .xlsx', () => {
  async function writeWorkbook(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    build(workbook);
    const filePath = path.join(directory, name);
    await workbook.xlsx.writeFile(filePath);
    return filePath;
  }

  it('reads the header from the first non-empty row and converts cells to plain text', async () => {
    const filePath = await writeWorkbook('values.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Позиции');
      sheet.getCell('A3').value = ' Наименование ';
      sheet.getCell('B3').value = 'Цена';
      sheet.getCell('C3').value = 'Срок потребности';
      sheet.getCell('D3').value = 'Код ТН ВЭД';
      sheet.getCell('E3').value = 'Сайт';
      sheet.getCell('F3').value = 'Импорт';
      sheet.getRow(4).values = [
        { richText: [{ text: 'Подшипник ', font: { bold: true } }, { text: '6205' }] },
        0.1 + 0.2,
        new Date(Date.UTC(2025, 2, 1)),
        '0101210000',
        { text: 'example.org', hyperlink: 'https://example.org' },
        true,
      ];
      sheet.getRow(6).values = ['Гайка М8', { formula: '2*2.25', result: 4.5 }, null, 8482, null, false];
    });
    const table = await readTable({ source: filePath, fileName: 'values.xlsx' });
    expect(table.format).toBe('xlsx');
    expect(table.encoding).toBeUndefined();
    expect(table.headers).toEqual([
      'Наименование',
      'Цена',
      'Срок потребности',
      'Код ТН ВЭД',
      'Сайт',
      'Импорт',
    ]);
    expect(await collect(table.rows)).toEqual([
      {
        rowNumber: 4,
        values: {
          Наименование: 'Подшипник 6205',
          Цена: '0.3',
          'Срок потребности': '2025-03-01',
          'Код ТН ВЭД': '0101210000',
          Сайт: 'example.org',
          Импорт: 'true',
        },
      },
      {
        rowNumber: 6,
        values: {
          Наименование: 'Гайка М8',
          Цена: '4.5',
          'Срок потребности': '',
          'Код ТН ВЭД': '8482',
          Сайт: '',
          Импорт: 'false',
        },
      },
    ]);
  });

  it('shows a formula that returns a date as that date, not as a day number', async () => {
    const filePath = await writeWorkbook('formula-date.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['name', 'needed by']);
      const row = sheet.addRow(['Болт', { formula: 'DATE(2025,6,30)', result: 45838 }]);
      row.getCell(2).numFmt = 'dd.mm.yyyy';
    });
    const [row] = await collect((await readTable({ source: filePath })).rows);
    expect(row?.values['needed by']).toBe('2025-06-30');
  });

  it('reads the first visible worksheet and not a hidden one before it', async () => {
    const filePath = await writeWorkbook('hidden.xlsx', (workbook) => {
      const lists = workbook.addWorksheet('Lists', { state: 'hidden' });
      lists.addRow(['unit']);
      lists.addRow(['шт']);
      const data = workbook.addWorksheet('Data');
      data.addRow(['name']);
      data.addRow(['Болт']);
      workbook.addWorksheet('Other').addRow(['ignored']);
    });
    const table = await readTable({ source: filePath });
    expect(table.headers).toEqual(['name']);
    expect(await collect(table.rows)).toEqual([{ rowNumber: 2, values: { name: 'Болт' } }]);
  });

  it('reports cells beyond the header as extra cells and reads from a stream or a buffer alike', async () => {
    const filePath = await writeWorkbook('extra.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['name', 'qty']);
      sheet.addRow(['Болт', 1, null, 'примечание']);
    });
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(filePath);
    for (const source of [bytes, Readable.from([bytes])]) {
      const rows = await collect((await readTable({ source })).rows);
      expect(rows).toEqual([
        { rowNumber: 2, values: { name: 'Болт', qty: '1' }, extraCells: ['примечание'] },
      ]);
    }
  });

  it('rejects a workbook whose sheet is empty with "file has no header row"', async () => {
    const filePath = await writeWorkbook('empty.xlsx', (workbook) => {
      workbook.addWorksheet('Empty');
    });
    const error = await readError(readTable({ source: filePath }));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/file has no header row/);
  });

  it('rejects a damaged workbook as an unsupported file rather than crashing', async () => {
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    const error = await readError(readTable({ source: damaged }).then((table) => collect(table.rows)));
    expect(error.code).toBe('unsupported_file_format');
  });
});
