/** The fields an import column can fill, named the same in every language and file. */
export const canonicalFields = [
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
  'quantity',
  'unit',
  'capacity',
  'capacity_unit',
  'lead_time_days',
  'needed_by',
  'price',
  'currency',
  'min_order',
  'min_order_unit',
  'status',
  'criticality',
  'target_price',
  'analogue_grade',
  'value',
  'target_year',
  'responsible',
  'note',
] as const;

export type CanonicalField = (typeof canonicalFields)[number];

export type RecordKind = 'product' | 'demand';

export interface HeaderTexts {
  ru: readonly string[];
  en: readonly string[];
}

/** Header texts for one field: those meaning it in any file, plus those meaning it only in one kind of file. */
export interface FieldSynonyms extends HeaderTexts {
  product?: HeaderTexts;
  demand?: HeaderTexts;
}

const none: readonly string[] = [];
const priceHeaders: HeaderTexts = {
  ru: ['Цена', 'Цена за ед.', 'Цена за единицу', 'Целевая цена'],
  en: ['Price', 'Unit price', 'Target price'],
};

/**
 * Header texts recognised for each field, as users write them. Matching ignores case, spaces,
 * punctuation and ё/е, so "Кол-во в год", "КОЛ ВО В ГОД" and "кол.-во в год" are one entry. A header
 * that matches nothing is tried once more without a trailing qualifier: "Цена, руб." is read as "Цена".
 *
 * Exported so the web app can show which headers are understood; extend it here, the matcher follows.
 */
export const columnSynonyms: Record<CanonicalField, FieldSynonyms> = {
  external_id: {
    ru: ['Код', 'Внутренний код', 'Код позиции', '№ позиции', 'Номер позиции', 'ID'],
    en: ['External ID', 'ID', 'Item code', 'Internal code'],
  },
  name: {
    ru: [
      'Наименование',
      'Наименование товара',
      'Наименование продукции',
      'Наименование изделия',
      'Наименование позиции',
      'Наименование (рус.)',
      'Название',
      'Товар',
      'Продукция',
      'Изделие',
    ],
    en: ['Name', 'Product name', 'Item name', 'Item', 'Product', 'Title', 'Name (ru)'],
  },
  name_en: {
    ru: [
      'Наименование (англ.)',
      'Наименование на английском',
      'Наименование на англ. языке',
      'Английское наименование',
      'Название (англ.)',
    ],
    en: ['Name (en)', 'English name', 'Name in English'],
  },
  description: {
    ru: ['Описание', 'Технические требования', 'Характеристики', 'Технические характеристики'],
    en: ['Description', 'Specification', 'Specifications', 'Technical requirements'],
  },
  manufacturer: {
    ru: ['Производитель', 'Изготовитель', 'Завод-изготовитель', 'Бренд'],
    en: ['Manufacturer', 'Maker', 'Vendor', 'Brand', 'Producer'],
  },
  part_number: {
    ru: ['Артикул', 'Обозначение', 'Каталожный номер', 'Парт-номер', 'Номер детали'],
    en: ['Part number', 'Part No.', 'P/N', 'PN', 'MPN', 'SKU', 'Catalog number', 'Catalogue number'],
  },
  tnved: {
    ru: ['Код ТН ВЭД', 'ТН ВЭД', 'ТН ВЭД ЕАЭС', 'Код ТН ВЭД ЕАЭС'],
    // The first six digits of a TN VED EAEU code are the international HS code, so an HS column holds the
    // same classification at heading level; the classifier check decides whether six digits are enough.
    en: ['TN VED', 'HS code', 'HS'],
  },
  okpd2: {
    ru: ['ОКПД2', 'ОКПД 2', 'Код ОКПД 2', 'Код ОКПД2', 'ОКПД-2'],
    en: ['OKPD2', 'OKPD 2'],
  },
  country: {
    ru: [
      'Страна',
      'Страна происхождения',
      'Страна производства',
      'Страна изготовления',
      'Страна-производитель',
    ],
    en: ['Country', 'Country of origin', 'Origin country', 'Origin'],
  },
  supplier: {
    ru: [
      'Поставщик',
      'Предприятие',
      'Организация',
      'Компания',
      'УНП/ИНН поставщика',
      'УНП поставщика',
      'ИНН поставщика',
    ],
    en: ['Supplier', 'Company', 'Organisation', 'Organization'],
  },
  quantity: {
    ru: [
      'Количество',
      'Кол-во',
      'Кол-во в год',
      'Количество в год',
      'Потребность',
      'Потребность в год',
      'Годовая потребность',
    ],
    en: ['Quantity', 'Qty', 'Quantity per year', 'Qty per year', 'Annual quantity', 'Annual demand'],
  },
  unit: {
    ru: ['Ед. изм.', 'Единица измерения', 'ЕИ', 'Ед.', 'Единица'],
    en: ['Unit', 'UoM', 'Unit of measure', 'Units'],
  },
  capacity: {
    // Plain "Мощность" is left out on purpose: in a product list "Мощность, кВт" is the power rating.
    ru: [
      'Мощность в год',
      'Производственная мощность',
      'Объем производства',
      'Объем производства в год',
      'Годовой объем производства',
    ],
    en: ['Capacity', 'Capacity per year', 'Annual capacity', 'Production capacity'],
  },
  capacity_unit: {
    ru: ['Ед. изм. мощности', 'Единица измерения мощности', 'Ед. мощности'],
    en: ['Capacity unit', 'Capacity UoM'],
  },
  lead_time_days: {
    ru: [
      'Срок поставки, дн',
      'Срок поставки, дней',
      'Срок поставки в днях',
      'Срок изготовления (дней)',
      'Срок изготовления, дн',
      'Срок изготовления в днях',
      'Срок изготовления',
    ],
    en: ['Lead time', 'Lead time, days', 'Lead time days', 'Delivery time, days'],
    // A supplier's "delivery time" is how long it takes; a buyer's is when the goods are needed (needed_by).
    product: { ru: ['Срок поставки'], en: ['Delivery time'] },
  },
  needed_by: {
    ru: [
      'Срок потребности',
      'Дата потребности',
      'Требуемая дата поставки',
      'Требуемый срок поставки',
      'Нужно к',
    ],
    en: ['Needed by', 'Need by', 'Required by', 'Required date', 'Due date'],
    demand: { ru: ['Срок поставки'], en: ['Delivery date', 'Delivery time'] },
  },
  // A demand line has no price of its own, only the price the buyer hopes for, so in a demand file every
  // price header means target_price; in a product file every one, "Целевая цена" included, means price.
  price: { ru: none, en: none, product: priceHeaders },
  target_price: {
    ru: none,
    en: none,
    demand: {
      ru: [...priceHeaders.ru, 'Ориентировочная цена', 'Ожидаемая цена'],
      en: [...priceHeaders.en, 'Expected price'],
    },
  },
  currency: {
    ru: ['Валюта', 'Валюта цены'],
    en: ['Currency', 'Price currency'],
  },
  min_order: {
    ru: ['Мин. партия', 'Минимальная партия', 'Минимальный заказ', 'Мин. заказ', 'Минимальная партия заказа'],
    en: ['MOQ', 'Minimum order', 'Min order', 'Minimum order quantity'],
  },
  min_order_unit: {
    ru: ['Ед. изм. партии', 'Ед. изм. мин. партии', 'Единица измерения партии'],
    en: ['MOQ unit', 'Minimum order unit', 'Min order unit'],
  },
  status: {
    ru: ['Статус', 'Состояние'],
    en: ['Status', 'State'],
  },
  criticality: {
    ru: ['Критичность', 'Важность', 'Приоритет'],
    en: ['Criticality', 'Priority', 'Importance'],
  },
  value: {
    ru: [
      'Стоимость',
      'Стоимость в год',
      'Объем в стоимостном выражении',
      'Объем импорта',
      'Стоимость импорта',
    ],
    en: ['Value', 'Value per year', 'Import value', 'Yearly value'],
  },
  target_year: {
    ru: ['Год освоения', 'Срок освоения', 'Год локализации', 'Целевой год'],
    en: ['Target year', 'Localisation year', 'Year'],
  },
  responsible: {
    ru: ['Ответственный исполнитель', 'Ответственный', 'Исполнитель', 'Ответственное предприятие'],
    en: ['Responsible', 'Responsible enterprise', 'Executor'],
  },
  note: {
    ru: ['Примечание', 'Комментарий'],
    en: ['Note', 'Notes', 'Comment'],
  },
  analogue_grade: {
    ru: ['Тип замены', 'Допустимая замена', 'Класс аналога', 'Аналог'],
    en: ['Analogue grade', 'Minimum analogue grade', 'Replacement grade'],
  },
};

/** Fields a file of each kind must have a column for. */
export const requiredFields: Record<RecordKind, readonly CanonicalField[]> = {
  product: ['name'],
  demand: ['name'],
};

/**
 * Fields whose header qualifier changes the meaning of the values: "Срок поставки, нед" is weeks, not days,
 * so such a header is recognised only as written in the table, never by dropping what follows the comma.
 */
export const fieldsNeedingExactHeader: readonly CanonicalField[] = ['lead_time_days'];
