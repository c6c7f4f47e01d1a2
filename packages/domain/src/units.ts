import { AppError } from './errors';

/**
 * Units of measure. Every unit converts to the base unit of its dimension by
 * base value = value × factor + offset; only temperature needs the offset (kelvin → degrees Celsius).
 * Sets and packs get dimensions of their own: a set or a pack holds an unknown number of pieces,
 * so converting them to pieces would invent a number.
 */
export const unitDimensions = [
  'count',
  'kit',
  'package',
  'roll',
  'mass',
  'length',
  'area',
  'volume',
  'voltage',
  'current',
  'power',
  'resistance',
  'capacitance',
  'frequency',
  'temperature',
  'time',
  'pressure',
  'force',
  'torque',
  'rotation',
  'flow',
  'angle',
  'ratio',
  'hardness',
  'information',
  'data-rate',
  'electric-charge',
  'concentration',
  'catheter-size',
  'needle-gauge',
  'resolution',
] as const;
export type UnitDimension = (typeof unitDimensions)[number];

export interface Unit {
  /** Canonical code, stored with quantities and parameters. */
  code: string;
  dimension: UnitDimension;
  nameRu: string;
  nameEn: string;
  factor: number;
  offset: number;
  /** Spellings users write, matched exactly after normalisation (see findUnit). */
  aliases: readonly string[];
}

function unit(
  code: string,
  dimension: UnitDimension,
  nameRu: string,
  nameEn: string,
  factor: number,
  aliases: readonly string[],
  offset = 0,
): Unit {
  return { code, dimension, nameRu, nameEn, factor, offset, aliases };
}

/** The first unit of each dimension is its base (factor 1, offset 0). */
export const unitTable: readonly Unit[] = [
  unit('pcs', 'count', 'штука', 'piece', 1, ['шт', 'шт.', 'штук', 'штука', 'pcs', 'pc', 'ea', 'piece']),
  unit('pair', 'count', 'пара', 'pair', 2, ['пара', 'пар', 'pair']),
  unit('set', 'kit', 'комплект', 'set', 1, ['компл', 'компл.', 'комплект', 'набор', 'set', 'kit']),
  unit('pack', 'package', 'упаковка', 'pack', 1, ['упак', 'упак.', 'уп', 'уп.', 'упаковка', 'pack']),

  unit('roll', 'roll', 'рулон', 'roll', 1, ['рулон', 'рул', 'рул.', 'roll']),

  unit('kg', 'mass', 'килограмм', 'kilogram', 1, ['кг', 'kg']),
  unit('g', 'mass', 'грамм', 'gram', 0.001, ['г', 'g']),
  unit('t', 'mass', 'тонна', 'tonne', 1000, ['т', 'тн', 'тонна', 't', 'tonne']),
  unit('mg', 'mass', 'миллиграмм', 'milligram', 1e-6, ['мг', 'mg']),

  unit('m', 'length', 'метр', 'metre', 1, ['м', 'm']),
  unit('mm', 'length', 'миллиметр', 'millimetre', 0.001, ['мм', 'mm', 'ММ', 'MM']),
  unit('cm', 'length', 'сантиметр', 'centimetre', 0.01, ['см', 'cm']),
  unit('um', 'length', 'микрометр', 'micrometre', 1e-6, ['мкм', 'µm', 'um', 'микрон']),
  unit('nm', 'length', 'нанометр', 'nanometre', 1e-9, ['нм', 'nm']),
  unit('inch', 'length', 'дюйм', 'inch', 0.0254, ['дюйм', 'inch', 'in', '"']),
  unit('km', 'length', 'километр', 'kilometre', 1000, ['км', 'km']),

  unit('m2', 'area', 'квадратный метр', 'square metre', 1, [
    'м2',
    'м²',
    'кв.м',
    'кв. м',
    'm2',
    'm²',
    'sq m',
    'sq.m',
  ]),
  unit('mm2', 'area', 'квадратный миллиметр', 'square millimetre', 1e-6, [
    'мм2',
    'мм²',
    'кв.мм',
    'кв. мм',
    'mm2',
    'mm²',
  ]),
  unit('cm2', 'area', 'квадратный сантиметр', 'square centimetre', 1e-4, [
    'см2',
    'см²',
    'кв.см',
    'cm2',
    'cm²',
  ]),

  unit('m3', 'volume', 'кубический метр', 'cubic metre', 1, [
    'м3',
    'м³',
    'куб.м',
    'куб. м',
    'm3',
    'm³',
    'cu m',
  ]),
  unit('l', 'volume', 'литр', 'litre', 0.001, ['л', 'литр', 'l', 'L', 'litre', 'liter']),
  unit('ml', 'volume', 'миллилитр', 'millilitre', 0.000001, ['мл', 'ml', 'mL']),
  unit('cm3', 'volume', 'кубический сантиметр', 'cubic centimetre', 0.000001, [
    'см3',
    'см³',
    'cm3',
    'cm³',
    'cc',
  ]),

  unit('V', 'voltage', 'вольт', 'volt', 1, ['В', 'вольт', 'V', 'volt']),
  unit('mV', 'voltage', 'милливольт', 'millivolt', 0.001, ['мВ', 'mV']),
  unit('kV', 'voltage', 'киловольт', 'kilovolt', 1000, ['кВ', 'kV']),

  unit('A', 'current', 'ампер', 'ampere', 1, ['А', 'ампер', 'A', 'amp']),
  unit('mA', 'current', 'миллиампер', 'milliampere', 0.001, ['мА', 'mA']),
  unit('kA', 'current', 'килоампер', 'kiloampere', 1000, ['кА', 'kA']),

  unit('W', 'power', 'ватт', 'watt', 1, ['Вт', 'ватт', 'W', 'watt']),
  unit('kW', 'power', 'киловатт', 'kilowatt', 1000, ['кВт', 'kW']),
  unit('MW', 'power', 'мегаватт', 'megawatt', 1_000_000, ['МВт', 'MW']),

  unit('Ohm', 'resistance', 'ом', 'ohm', 1, ['Ом', 'Ω', 'Ohm']),
  unit('mOhm', 'resistance', 'миллиом', 'milliohm', 0.001, ['мОм', 'mΩ', 'mOhm']),
  unit('kOhm', 'resistance', 'килоом', 'kiloohm', 1000, ['кОм', 'kΩ', 'kOhm']),
  unit('MOhm', 'resistance', 'мегаом', 'megaohm', 1_000_000, ['МОм', 'MΩ', 'MOhm']),

  unit('F', 'capacitance', 'фарад', 'farad', 1, ['Ф', 'F']),
  unit('uF', 'capacitance', 'микрофарад', 'microfarad', 1e-6, ['мкФ', 'µF', 'uF']),
  unit('nF', 'capacitance', 'нанофарад', 'nanofarad', 1e-9, ['нФ', 'nF']),
  unit('pF', 'capacitance', 'пикофарад', 'picofarad', 1e-12, ['пФ', 'pF']),

  unit('Hz', 'frequency', 'герц', 'hertz', 1, ['Гц', 'Hz']),
  unit('kHz', 'frequency', 'килогерц', 'kilohertz', 1000, ['кГц', 'kHz']),
  unit('MHz', 'frequency', 'мегагерц', 'megahertz', 1_000_000, ['МГц', 'MHz', 'Mhz', 'MHZ']),
  unit('GHz', 'frequency', 'гигагерц', 'gigahertz', 1_000_000_000, ['ГГц', 'GHz']),

  // A bare Cyrillic "С" is not an alias: it is also the abbreviation of seconds and of Celsius in prose.
  unit('degC', 'temperature', 'градус Цельсия', 'degree Celsius', 1, [
    '°C',
    '°С',
    'C',
    'degC',
    'град',
    'градусов Цельсия',
  ]),
  unit('K', 'temperature', 'кельвин', 'kelvin', 1, ['K'], -273.15),

  unit('s', 'time', 'секунда', 'second', 1, ['с', 'сек', 's', 'sec']),
  unit('ms', 'time', 'миллисекунда', 'millisecond', 0.001, ['мс', 'ms']),
  unit('min', 'time', 'минута', 'minute', 60, ['мин', 'min']),
  unit('h', 'time', 'час', 'hour', 3600, ['ч', 'час', 'h', 'hour']),
  unit('day', 'time', 'сутки', 'day', 86_400, ['сут', 'сутки', 'день', 'дн', 'day']),
  unit('month', 'time', 'месяц', 'month', 2_629_746, ['мес', 'мес.', 'месяц', 'месяцев', 'month', 'months']),
  unit('year', 'time', 'год', 'year', 31_556_952, ['год', 'лет', 'year', 'years']),

  unit('Pa', 'pressure', 'паскаль', 'pascal', 1, ['Па', 'Pa']),
  unit('kPa', 'pressure', 'килопаскаль', 'kilopascal', 1000, ['кПа', 'kPa']),
  unit('MPa', 'pressure', 'мегапаскаль', 'megapascal', 1_000_000, ['МПа', 'Мпа', 'МПА', 'MPa', 'Mpa', 'MPA']),
  unit('bar', 'pressure', 'бар', 'bar', 100_000, ['бар', 'bar']),

  unit('N', 'force', 'ньютон', 'newton', 1, ['Н', 'N']),
  unit('kN', 'force', 'килоньютон', 'kilonewton', 1000, ['кН', 'kN']),

  unit('N*m', 'torque', 'ньютон-метр', 'newton metre', 1, ['Н·м', 'Н*м', 'Nm', 'N·m', 'N*m']),

  unit('rpm', 'rotation', 'оборот в минуту', 'revolution per minute', 1, ['об/мин', 'rpm']),

  unit('l/min', 'flow', 'литр в минуту', 'litre per minute', 1, ['л/мин', 'l/min', 'L/min', 'lpm']),
  unit('m3/h', 'flow', 'кубический метр в час', 'cubic metre per hour', 1000 / 60, [
    'м3/ч',
    'м³/ч',
    'm3/h',
    'm³/h',
  ]),

  unit('deg', 'angle', 'градус (угол)', 'degree (angle)', 1, ['°', 'deg', 'угл. град']),
  unit('arcmin', 'angle', 'угловая минута', 'arcminute', 1 / 60, ['угл. мин', 'arcmin', "'"]),
  unit('arcsec', 'angle', 'угловая секунда', 'arcsecond', 1 / 3600, ['угл. с', 'угл. сек', 'arcsec', '″']),

  unit('percent', 'ratio', 'процент', 'percent', 1, ['%', 'процент', 'percent']),
  unit('times', 'ratio', 'крат', 'times', 100, ['x', '×', 'крат', 'times']),

  unit('HRC', 'hardness', 'твёрдость по Роквеллу (шкала C)', 'Rockwell hardness C', 1, ['HRC', 'HRCэ']),

  unit('kB', 'information', 'килобайт', 'kilobyte', 1, ['Кбайт', 'кБ', 'kB', 'KB']),
  unit('MB', 'information', 'мегабайт', 'megabyte', 1024, ['Мбайт', 'МБ', 'MB']),
  unit('bit', 'information', 'бит', 'bit', 1 / 8192, ['бит', 'bit', 'bits', 'разряд', 'разрядов']),
  unit('Mbit', 'information', 'мегабит', 'megabit', 128, ['Мбит', 'Mbit', 'Mb']),

  unit('Mbit/s', 'data-rate', 'мегабит в секунду', 'megabit per second', 1, ['Мбит/с', 'Mbit/s', 'Mbps']),
  unit('kbit/s', 'data-rate', 'килобит в секунду', 'kilobit per second', 0.001, ['кбит/с', 'kbit/s', 'kbps']),

  unit('mAh', 'electric-charge', 'миллиампер-час', 'milliampere-hour', 1, ['мА·ч', 'мАч', 'мА*ч', 'mAh']),
  unit('Ah', 'electric-charge', 'ампер-час', 'ampere-hour', 1000, ['А·ч', 'Ач', 'А*ч', 'Ah']),

  unit('IU/ml', 'concentration', 'МЕ/мл', 'international units per millilitre', 1, [
    'МЕ/мл',
    'IU/ml',
    'IU/mL',
  ]),
  unit('mg/ml', 'concentration', 'мг/мл', 'milligram per millilitre', 1, ['мг/мл', 'mg/ml', 'mg/mL']),

  // Catheter (French, Шарьер) and needle (gauge) sizes are scales of their own, not lengths.
  unit('Ch', 'catheter-size', 'шарьер', 'Charrière (French)', 1, ['Ch', 'Fr', 'Шр', 'CH', 'FR']),
  unit('G', 'needle-gauge', 'калибр иглы', 'needle gauge', 1, ['G', 'gauge']),

  unit('imp/rev', 'resolution', 'импульсов на оборот', 'pulses per revolution', 1, [
    'имп/об',
    'imp/rev',
    'ppr',
    'PPR',
  ]),
];

/**
 * One spelling for the look-up: Unicode compatibility forms folded (² → 2, ℃ → °C, µ → μ), ё → е,
 * micro signs → u, degree look-alikes → °, multiplication dots → ·, whitespace removed ("кв. м" = "кв.м").
 */
function normalizeUnitSpelling(raw: string): string {
  return raw
    .replace(/[º˚]/g, '°') // ordinal indicators and ring accents typed as degree signs; NFKC would make "º" an "o"
    .normalize('NFKC')
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .replace(/μ/g, 'u')
    .replace(/[⋅∙•]/g, '·')
    .replace(/\s+/g, '');
}

/**
 * Lowercase spellings that must not fall back to a table unit because they name a different unit:
 * "nm" is a nanometre, not a newton metre.
 */
const lowercaseSpellingsOfOtherUnits = new Set(['nm', 'нм']);

/**
 * Whether an alias may also be found in another letter case. Single letters never (s/S, h/H, t/T, m/M are
 * different units), nor spellings starting with m or м, where the case is the prefix (mV millivolt, MV megavolt).
 */
function isCaseInsensitiveAlias(spelling: string): boolean {
  if ([...spelling].length < 2) return false;
  if (/^[mMмМ]/.test(spelling)) return false;
  return !lowercaseSpellingsOfOtherUnits.has(spelling.toLowerCase());
}

function buildLookups(): { exact: Map<string, Unit>; caseInsensitive: Map<string, Unit> } {
  const exact = new Map<string, Unit>();
  const caseInsensitive = new Map<string, Unit>();
  const ambiguousLowercase = new Set<string>();
  for (const entry of unitTable) {
    for (const alias of [entry.code, ...entry.aliases]) {
      const spelling = normalizeUnitSpelling(alias);
      const existing = exact.get(spelling);
      if (existing && existing !== entry) {
        throw new Error(`Unit alias "${alias}" is given to both ${existing.code} and ${entry.code}`);
      }
      exact.set(spelling, entry);
      if (!isCaseInsensitiveAlias(spelling)) continue;
      const lowercase = spelling.toLowerCase();
      const other = caseInsensitive.get(lowercase);
      if (other && other !== entry) ambiguousLowercase.add(lowercase);
      caseInsensitive.set(lowercase, entry);
    }
  }
  for (const lowercase of ambiguousLowercase) caseInsensitive.delete(lowercase);
  return { exact, caseInsensitive };
}

const lookups = buildLookups();
const unitsByCode = new Map(unitTable.map((entry) => [entry.code, entry]));

/**
 * The unit a user means by a spelling ("шт.", "кОм", "°С", "MPa"), or undefined.
 * The exact spelling wins; other letter cases are accepted only where they cannot mean another unit.
 */
export function findUnit(raw: string): Unit | undefined {
  const spelling = normalizeUnitSpelling(raw);
  if (spelling === '') return undefined;
  return lookups.exact.get(spelling) ?? lookups.caseInsensitive.get(spelling.toLowerCase());
}

/** The unit with exactly this canonical code, or undefined. */
export function findUnitByCode(code: string): Unit | undefined {
  return unitsByCode.get(code);
}

function requireUnit(code: string): Unit {
  const found = unitsByCode.get(code);
  if (!found) {
    throw new AppError('validation_failed', `Unknown unit "${code}"`, {
      field: 'unit',
      value: code,
      reason: 'not a unit code from the unit table',
    });
  }
  return found;
}

/** Factors such as 0.001 are inexact in binary; 12 significant digits is beyond any stated tolerance. */
function roundConverted(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}

/** The value expressed in the base unit of its dimension (kg, m, V, °C …). */
export function toBaseValue(value: number, unitCode: string): number {
  const from = requireUnit(unitCode);
  return roundConverted(value * from.factor + from.offset);
}

/** Whether quantities in these two units can be converted into each other; unknown codes only match themselves. */
export function areCompatibleUnits(a: string, b: string): boolean {
  if (a === b) return true;
  const first = unitsByCode.get(a);
  const second = unitsByCode.get(b);
  return first !== undefined && second !== undefined && first.dimension === second.dimension;
}

/** Converts a quantity between units of one dimension; units of different dimensions are a validation error. */
export function convertQuantity(value: number, fromUnitCode: string, toUnitCode: string): number {
  const from = requireUnit(fromUnitCode);
  const to = requireUnit(toUnitCode);
  if (from === to) return value;
  if (from.dimension !== to.dimension) {
    throw new AppError(
      'validation_failed',
      `Cannot convert ${from.code} (${from.dimension}) to ${to.code} (${to.dimension})`,
      {
        field: 'unit',
        value: toUnitCode,
        reason: `${from.code} measures ${from.dimension}, ${to.code} measures ${to.dimension}`,
      },
    );
  }
  const baseValue = value * from.factor + from.offset;
  return roundConverted((baseValue - to.offset) / to.factor);
}
