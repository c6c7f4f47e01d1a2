import {
  analogueGrades,
  criticalities,
  productStatuses,
  type AnalogueGradeName,
  type Criticality,
  type ProductStatus,
} from '@coopex/domain';

/** Result of reading one cell: a value, or a reason the user can act on. */
export type CellResult<Value> = { value: Value } | { reason: string };

/** Numbers as spreadsheets hold them: "1 000,5", "1000.5", "1 000" (with non-breaking spaces), "−5". */
export function parseDecimal(text: string): CellResult<number> {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '').replace(/\u2212/g, '-');
  const normalised = /^-?\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
  if (!/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(normalised)) return { reason: 'not a number' };
  return { value: Number(normalised) };
}

export function parseWholeNumber(text: string): CellResult<number> {
  const parsed = parseDecimal(text);
  if ('reason' in parsed) return parsed;
  if (!Number.isInteger(parsed.value)) return { reason: 'must be a whole number' };
  return parsed;
}

/** Dates as ISO (2027-03-01, which XLSX cells arrive as) or as written in Russian documents (01.03.2027). */
export function parseDate(text: string): CellResult<string> {
  const trimmed = text.trim();
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(trimmed);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dotted) [day, month, year] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else return { reason: 'date must be written as 2027-03-01 or 01.03.2027' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { reason: 'no such date' };
  }
  return { value: date.toISOString().slice(0, 10) };
}

const criticalityWords: Record<string, Criticality> = {
  'остановка производства': 'production_stop',
  'останов производства': 'production_stop',
  критическая: 'production_stop',
  критично: 'production_stop',
  critical: 'production_stop',
  высокая: 'high',
  высокий: 'high',
  средняя: 'medium',
  средний: 'medium',
  низкая: 'low',
  низкий: 'low',
};

export function parseCriticality(text: string): CellResult<Criticality> {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[-\s]+/g, (match) => (match.includes('-') ? '_' : ' '));
  const canonical = key.replace(/ /g, '_');
  if ((criticalities as readonly string[]).includes(canonical)) return { value: canonical as Criticality };
  const word = criticalityWords[key];
  return word ? { value: word } : { reason: `criticality must be one of ${criticalities.join(', ')}` };
}

const productStatusWords: Record<string, ProductStatus> = {
  активен: 'active',
  активный: 'active',
  'в производстве': 'active',
  черновик: 'draft',
  'снят с производства': 'discontinued',
  снят: 'discontinued',
};

export function parseProductStatus(text: string): CellResult<ProductStatus> {
  const key = text.trim().toLowerCase();
  if ((productStatuses as readonly string[]).includes(key)) return { value: key as ProductStatus };
  const word = productStatusWords[key];
  return word ? { value: word } : { reason: `status must be one of ${productStatuses.join(', ')}` };
}

const analogueGradeWords: Record<string, AnalogueGradeName> = {
  'прямая замена': 'drop-in',
  'полный аналог': 'drop-in',
  'drop in': 'drop-in',
  'совместим по выводам': 'pin-compatible',
  'по выводам': 'pin-compatible',
  'pin compatible': 'pin-compatible',
  функциональный: 'functional',
  'функциональный аналог': 'functional',
};

export function parseAnalogueGrade(text: string): CellResult<AnalogueGradeName> {
  const key = text.trim().toLowerCase().replace(/ё/g, 'е');
  if ((analogueGrades as readonly string[]).includes(key)) return { value: key as AnalogueGradeName };
  const word = analogueGradeWords[key.replace(/-/g, ' ')] ?? analogueGradeWords[key];
  return word ? { value: word } : { reason: `analogue grade must be one of ${analogueGrades.join(', ')}` };
}
