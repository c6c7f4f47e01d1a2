import { describe, expect, it } from 'vitest';
import { bindColumns } from './bind-columns';
import { convertDemandRow, convertProductRow } from './convert-rows';

describe('convertProductRow', () => {
  const headers = [
    'Код',
    'Наименование',
    'Код ТН ВЭД',
    'Мощность в год',
    'Ед. изм.',
    'Цена',
    'Валюта',
    'param:Напряжение питания[В]',
    'param:Корпус',
  ];
  const { columns, problems } = bindColumns({ headers, kind: 'product' });

  it('recognises Russian headers and parameter columns with their units', () => {
    expect(problems).toEqual([]);
    expect(columns.map((column) => (column.kind === 'field' ? column.field : column.kind))).toEqual([
      'external_id',
      'name',
      'tnved',
      'capacity',
      'unit',
      'price',
      'currency',
      'parameter',
      'parameter',
    ]);
  });

  it('reads a row into a normalised product', () => {
    const converted = convertProductRow(
      {
        rowNumber: 2,
        values: {
          Код: 'P-1',
          Наименование: 'Стабилизатор напряжения 1158ЕН5В',
          'Код ТН ВЭД': '8542 39 900 0',
          'Мощность в год': '120 000',
          'Ед. изм.': 'шт.',
          Цена: '35,50',
          Валюта: 'руб',
          'param:Напряжение питания[В]': '4,5..5,5',
          'param:Корпус': 'КТ-28',
        },
      },
      columns,
    );
    expect(converted.problems).toEqual([]);
    expect(converted.input).toMatchObject({
      externalId: 'P-1',
      tnved: '8542399000',
      capacityPerYear: 120000,
      capacityUnit: 'pcs',
      price: 35.5,
      currency: 'RUB',
      parameters: [
        { name: 'Напряжение питания', value: { kind: 'range', min: 4.5, max: 5.5, unit: 'V' } },
        { name: 'Корпус', value: { kind: 'text', value: 'КТ-28' } },
      ],
    });
  });

  it('names the row, the header and the reason for every bad cell, and returns no record', () => {
    const converted = convertProductRow(
      {
        rowNumber: 7,
        values: {
          Код: 'P-2',
          Наименование: '',
          'Код ТН ВЭД': '85423',
          'Мощность в год': 'много',
          'Ед. изм.': 'шт',
        },
      },
      columns,
    );
    expect(converted.input).toBeNull();
    expect(converted.problems).toEqual(
      expect.arrayContaining([
        { row: 7, column: 'Наименование', value: null, reason: 'name is required' },
        { row: 7, column: 'Мощность в год', value: 'много', reason: 'not a number' },
      ]),
    );
  });

  it('does not accept a row with more cells than the header', () => {
    const converted = convertProductRow(
      { rowNumber: 3, values: { Наименование: 'Изделие' }, extraCells: ['лишнее'] },
      columns,
    );
    expect(converted.input).toBeNull();
    expect(converted.problems[0]).toMatchObject({ row: 3, value: 'лишнее' });
  });

  it('refuses a file without a name column before reading rows', () => {
    const binding = bindColumns({ headers: ['Код', 'Цена'], kind: 'product' });
    expect(binding.problems).toEqual([
      expect.objectContaining({ row: 1, reason: expect.stringContaining('name') }),
    ]);
  });

  it('refuses a parameter header with an unknown unit', () => {
    const binding = bindColumns({ headers: ['name', 'param:Длина[попугаев]'], kind: 'product' });
    expect(binding.problems).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'param:Длина[попугаев]',
        reason: 'unknown unit of measure in the header',
      }),
    ]);
  });
});

describe('convertDemandRow', () => {
  it('reads requirements, dates, origin country and criticality', () => {
    const { columns } = bindColumns({
      headers: [
        'name',
        'part_number',
        'manufacturer',
        'Страна происхождения',
        'quantity',
        'unit',
        'needed_by',
        'Критичность',
        'param:Температура[°С]',
      ],
      kind: 'demand',
    });
    const converted = convertDemandRow(
      {
        rowNumber: 2,
        values: {
          name: 'Операционный усилитель',
          part_number: 'LM358DR',
          manufacturer: 'Texas Instruments',
          'Страна происхождения': 'США',
          quantity: '12000',
          unit: 'шт',
          needed_by: '01.03.2027',
          Критичность: 'Остановка производства',
          'param:Температура[°С]': '-60..125',
        },
      },
      columns,
    );
    expect(converted.problems).toEqual([]);
    expect(converted.input).toMatchObject({
      originCountry: 'US',
      quantityPerYear: 12000,
      quantityUnit: 'pcs',
      neededBy: '2027-03-01',
      criticality: 'production_stop',
      requirements: [
        { name: 'Температура', requirement: { kind: 'range', min: -60, max: 125, unit: 'degC' } },
      ],
    });
  });

  it('does not accept an impossible date', () => {
    const { columns } = bindColumns({ headers: ['name', 'needed_by'], kind: 'demand' });
    const converted = convertDemandRow(
      { rowNumber: 4, values: { name: 'X', needed_by: '31.02.2027' } },
      columns,
    );
    expect(converted.problems).toEqual([
      { row: 4, column: 'needed_by', value: '31.02.2027', reason: 'no such date' },
    ]);
  });
});
