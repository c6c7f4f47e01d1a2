import { describe, expect, it } from 'vitest';
import { canonicalFields, columnSynonyms } from './column-synonyms';
import { mapColumns } from './map-columns';

function fieldsOf(headers: string[], kind: 'product' | 'demand' = 'product'): unknown[] {
  return mapColumns({ headers, kind }).columns.map((column) => column.field);
}

describe('mapColumns', () => {
  it('recognises Russian headers of a product file', () => {
    const headers = [
      'Код',
      'Наименование продукции',
      'Наименование (англ.)',
      'Технические характеристики',
      'Изготовитель',
      'Обозначение',
      'Код ТН ВЭД ЕАЭС',
      'Код ОКПД 2',
      'Страна происхождения',
      'УНП/ИНН поставщика',
      'Производственная мощность',
      'Ед. изм. мощности',
      'Срок изготовления (дней)',
      'Цена за ед.',
      'Валюта',
      'Мин. партия',
      'Статус',
    ];
    expect(fieldsOf(headers)).toEqual([
      'external_id',
      'name',
      'name_en',
      'description',
      'manufacturer',
      'part_number',
      'tnved',
      'okpd2',
      'country',
      'supplier',
      'capacity',
      'capacity_unit',
      'lead_time_days',
      'price',
      'currency',
      'min_order',
      'status',
    ]);
  });

  it('recognises English headers of a demand file', () => {
    const headers = ['ID', 'Item', 'English name', 'Specification', 'Brand', 'MPN', 'HS code', 'OKPD2'];
    const more = ['Country of origin', 'Annual quantity', 'UoM', 'Required by', 'Target price', 'Currency'];
    expect(fieldsOf([...headers, ...more, 'Criticality', 'Status'], 'demand')).toEqual([
      'external_id',
      'name',
      'name_en',
      'description',
      'manufacturer',
      'part_number',
      'tnved',
      'okpd2',
      'country',
      'quantity',
      'unit',
      'needed_by',
      'target_price',
      'currency',
      'criticality',
      'status',
    ]);
  });

  it('ignores case, punctuation, extra spaces and ё versus е', () => {
    expect(
      fieldsOf(['  КОЛ.-ВО  В  ГОД ', 'ед изм', 'p/n', 'Part  No', 'окпд-2', '№ позиции', 'Мин партия']),
    ).toEqual(['quantity', 'unit', 'part_number', 'part_number', 'okpd2', 'external_id', 'min_order']);
    expect(fieldsOf(['Ёмкость'])).toEqual([null]);
    expect(mapColumns({ headers: ['Объём производства'], kind: 'product' }).columns[0]?.field).toBe(
      'capacity',
    );
  });

  it('reads a header with a trailing unit or currency by the words before it', () => {
    expect(fieldsOf(['Цена, руб.', 'Количество (шт.)', 'Наименование, рус'])).toEqual([
      'price',
      'quantity',
      'name',
    ]);
  });

  it('does not drop a qualifier that changes the meaning, such as weeks instead of days', () => {
    expect(fieldsOf(['Срок поставки, нед', 'Срок поставки, дн'])).toEqual([null, 'lead_time_days']);
  });

  it('does not take a power rating for a production capacity', () => {
    expect(fieldsOf(['Мощность, кВт'])).toEqual([null]);
  });

  it('maps price headers to target_price in a demand file and to price in a product file', () => {
    expect(fieldsOf(['Цена', 'Целевая цена'], 'product')).toEqual(['price', 'price']);
    expect(fieldsOf(['Цена'], 'demand')).toEqual(['target_price']);
    expect(fieldsOf(['Целевая цена'], 'demand')).toEqual(['target_price']);
  });

  it('reads "Срок поставки" as lead time for a supplier and as a date for a buyer', () => {
    expect(fieldsOf(['Срок поставки'], 'product')).toEqual(['lead_time_days']);
    expect(fieldsOf(['Срок поставки'], 'demand')).toEqual(['needed_by']);
  });

  it('splits parameter headers into name and raw unit text without resolving the unit', () => {
    expect(
      fieldsOf(['param:Diameter[mm]', 'Параметр: Мощность [кВт]', 'PARAM:Material', 'param: Тип корпуса []']),
    ).toEqual([
      { parameter: 'Diameter', unit: 'mm' },
      { parameter: 'Мощность', unit: 'кВт' },
      { parameter: 'Material' },
      { parameter: 'Тип корпуса' },
    ]);
    expect(fieldsOf(['param:'])).toEqual([null]);
  });

  it('lists unknown headers and a missing name column', () => {
    const mapping = mapColumns({ headers: ['№ п/п', 'Артикул', 'Цвет упаковки'], kind: 'demand' });
    expect(mapping.unknownHeaders).toEqual(['№ п/п', 'Цвет упаковки']);
    expect(mapping.missingRequired).toEqual(['name']);
    expect(mapping.duplicateFields).toEqual([]);
  });

  it('reports a field filled by two columns and keeps both columns mapped', () => {
    const mapping = mapColumns({
      headers: ['Наименование', 'Название', 'param:Диаметр[мм]', 'параметр: диаметр [мм]', 'Цена'],
      kind: 'product',
    });
    expect(mapping.duplicateFields).toEqual(['name', 'param:Диаметр']);
    expect(mapping.columns.map((column) => column.field !== null)).toEqual([true, true, true, true, true]);
    expect(mapping.missingRequired).toEqual([]);
  });

  it('does not call one parameter name in two units a duplicate', () => {
    const mapping = mapColumns({ headers: ['name', 'param:Размер[G]', 'param:Размер[Ch]'], kind: 'product' });
    expect(mapping.duplicateFields).toEqual([]);
  });

  it('has a synonym table that covers every canonical field and lists no header for two fields', () => {
    for (const field of canonicalFields) {
      const synonyms = columnSynonyms[field];
      const count =
        synonyms.ru.length +
        synonyms.en.length +
        (synonyms.product?.ru.length ?? 0) +
        (synonyms.demand?.ru.length ?? 0);
      expect(count, field).toBeGreaterThan(0);
    }
    // Building the lookups throws on a clash; mapping a header forces them to exist.
    expect(() => mapColumns({ headers: ['x'], kind: 'demand' })).not.toThrow();
  });
});
