import { AppError } from './errors';

/**
 * Product classification codes: ТН ВЭД ЕАЭС (the EAEU customs nomenclature, 10 digits), ОКПД2 (the Russian
 * product classifier, dotted) and HS (the international 6-digit harmonised system ТН ВЭД is built on).
 * Only the shape of a code is checked here; whether a code exists is a question for the classifier tables.
 */
export const classifierSystems = ['tnved', 'okpd2', 'hs'] as const;
export type ClassifierSystem = (typeof classifierSystems)[number];

// ---------------------------------------------------------------------------------------------------------
// ТН ВЭД and HS
// ---------------------------------------------------------------------------------------------------------

export type TnvedLevel = 'section' | 'chapter' | 'heading' | 'subheading' | 'item';

const tnvedLevelByLength: Record<number, TnvedLevel> = {
  2: 'chapter',
  4: 'heading',
  6: 'subheading',
  10: 'item',
};

/** Sections of the nomenclature are numbered I..XXI; the customs service files write them in Roman numerals. */
const tnvedSections = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
  'XXI',
] as const;

function isTnvedSection(code: string): boolean {
  return /^[IVXL]+$/.test(code) && (tnvedSections as readonly string[]).includes(code);
}

/**
 * "8542 31 900 0" → "8542319000". Spaces, dots and dashes are how people group the digits.
 * A code one digit short of a valid length gets its leading zero back: spreadsheets drop it from chapters 01..09.
 * Returns null when anything but digits remains.
 */
export function normalizeTnvedCode(raw: string): string | null {
  const digits = raw.replace(/[\s.\-–—]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  if (tnvedLevelByLength[digits.length + 1] !== undefined) return `0${digits}`;
  return digits;
}

/** A chapter (2 digits), heading (4), subheading (6) or item (10) in canonical form, without separators. */
export function isWellFormedTnvedCode(code: string): boolean {
  return /^\d+$/.test(code) && tnvedLevelByLength[code.length] !== undefined;
}

/** Level of a canonical code; sections (Roman numerals I..XXI) are recognised for classifier files. */
export function tnvedLevel(code: string): TnvedLevel | null {
  if (isTnvedSection(code)) return 'section';
  if (!/^\d+$/.test(code)) return null;
  return tnvedLevelByLength[code.length] ?? null;
}

/**
 * The enclosing code: item → subheading → heading → chapter → null. A chapter's section is not derivable
 * from the digits (the table says which chapters a section holds), so chapters and sections have no parent here.
 */
export function tnvedParent(code: string): string | null {
  switch (tnvedLevel(code)) {
    case 'item':
      return code.slice(0, 6);
    case 'subheading':
      return code.slice(0, 4);
    case 'heading':
      return code.slice(0, 2);
    default:
      return null;
  }
}

/** The international HS subheading of a ТН ВЭД code: its first six digits; null for shorter or malformed codes. */
export function hsSubheadingOfTnved(code: string): string | null {
  const normalized = normalizeTnvedCode(code);
  if (normalized === null || !isWellFormedTnvedCode(normalized) || normalized.length < 6) return null;
  return normalized.slice(0, 6);
}

function isWellFormedHsCode(code: string): boolean {
  return isWellFormedTnvedCode(code) && code.length <= 6;
}

// ---------------------------------------------------------------------------------------------------------
// ОКПД2
// ---------------------------------------------------------------------------------------------------------

/** ОКПД2 levels from the top: a section letter, then XX, XX.X, XX.XX, XX.XX.X, XX.XX.XX, XX.XX.XX.XX0, XX.XX.XX.XXX. */
export type Okpd2Level =
  'section' | 'class' | 'subclass' | 'group' | 'subgroup' | 'type' | 'category' | 'subcategory';

const okpd2Shapes: readonly [RegExp, Okpd2Level][] = [
  [/^[A-U]$/, 'section'],
  [/^\d{2}$/, 'class'],
  [/^\d{2}\.\d$/, 'subclass'],
  [/^\d{2}\.\d{2}$/, 'group'],
  [/^\d{2}\.\d{2}\.\d$/, 'subgroup'],
  [/^\d{2}\.\d{2}\.\d{2}$/, 'type'],
  // A category ends in 0 (000 when a type is not detailed further); any other last digit is a subcategory.
  [/^\d{2}\.\d{2}\.\d{2}\.\d{2}0$/, 'category'],
  [/^\d{2}\.\d{2}\.\d{2}\.\d{3}$/, 'subcategory'],
];

/** Section letters are Latin; these Cyrillic ones look the same and get typed instead. */
const cyrillicSectionLetters: Record<string, string> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Т: 'T',
};

/**
 * Canonical dotted form: spaces dropped, decimal commas read as dots ("26,11" from a Russian spreadsheet),
 * a lost leading zero restored ("1.11" → "01.11"), and undotted digits dotted ("261130000" → "26.11.30.000").
 * Returns null when the text cannot be an ОКПД2 code at all.
 */
export function normalizeOkpd2Code(raw: string): string | null {
  const compact = raw.replace(/\s+/g, '').replace(/,/g, '.').toUpperCase();
  if (compact.length === 1 && /^\D$/.test(compact)) {
    const letter = cyrillicSectionLetters[compact] ?? compact;
    return /^[A-U]$/.test(letter) ? letter : null;
  }
  if (/^\d+$/.test(compact)) return dotUndottedOkpd2(compact);
  if (!/^\d+(\.\d+)*$/.test(compact)) return null;
  return /^\d\./.test(compact) ? `0${compact}` : compact;
}

function dotUndottedOkpd2(digits: string): string | null {
  switch (digits.length) {
    case 1:
      return `0${digits}`;
    case 2:
      return digits;
    case 3:
    case 4:
      return `${digits.slice(0, 2)}.${digits.slice(2)}`;
    case 5:
    case 6:
      return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}`;
    case 9:
      return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
    default:
      return null;
  }
}

export function okpd2Level(code: string): Okpd2Level | null {
  for (const [shape, level] of okpd2Shapes) {
    if (shape.test(code)) return level;
  }
  return null;
}

export function isWellFormedOkpd2Code(code: string): boolean {
  return okpd2Level(code) !== null;
}

/**
 * The enclosing code: 26.11.30.125 → 26.11.30.120 → 26.11.30 → 26.11.3 → 26.11 → 26.1 → 26 → null.
 * A class's section comes from the classifier table, so classes and sections have no parent here.
 */
export function okpd2Parent(code: string): string | null {
  switch (okpd2Level(code)) {
    case 'subcategory':
      return `${code.slice(0, -1)}0`;
    case 'category':
      return code.slice(0, 8);
    case 'type':
    case 'group':
      return code.slice(0, -1);
    case 'subgroup':
    case 'subclass':
      return code.slice(0, -2);
    default:
      return null;
  }
}

/** The code and its ancestors, from the class down: 26.11 → ['26', '26.1', '26.11']. */
function okpd2Lineage(code: string): string[] {
  const lineage: string[] = [];
  for (let current: string | null = code; current !== null; current = okpd2Parent(current)) {
    lineage.unshift(current);
  }
  return lineage;
}

// ---------------------------------------------------------------------------------------------------------
// Across systems
// ---------------------------------------------------------------------------------------------------------

/** Canonical form of a code in any system, or null when it cannot be one. */
export function normalizeClassifierCode(system: ClassifierSystem, raw: string): string | null {
  return system === 'okpd2' ? normalizeOkpd2Code(raw) : normalizeTnvedCode(raw);
}

/** Whether the code is in the canonical form of its system (normalise user input first). */
export function isWellFormedCode(system: ClassifierSystem, code: string): boolean {
  switch (system) {
    case 'tnved':
      return isWellFormedTnvedCode(code);
    case 'hs':
      return isWellFormedHsCode(code);
    case 'okpd2':
      return isWellFormedOkpd2Code(code);
  }
}

const tnvedLevelsByDepth: readonly [number, TnvedLevel][] = [
  [10, 'item'],
  [6, 'subheading'],
  [4, 'heading'],
  [2, 'chapter'],
];

/**
 * How deep two codes of one system agree, for matching a product against a demand line.
 * ТН ВЭД and HS: the deepest level both codes reach and share ('item', 'subheading', 'heading', 'chapter').
 * ОКПД2: the number of shared levels from the class down (1 = class … 7 = subcategory).
 * Null when the codes share nothing or either is malformed. Input is normalised first.
 */
export function sharedCodePrefixLevel(system: 'tnved' | 'hs', a: string, b: string): TnvedLevel | null;
export function sharedCodePrefixLevel(system: 'okpd2', a: string, b: string): number | null;
export function sharedCodePrefixLevel(
  system: ClassifierSystem,
  a: string,
  b: string,
): TnvedLevel | number | null;
export function sharedCodePrefixLevel(
  system: ClassifierSystem,
  a: string,
  b: string,
): TnvedLevel | number | null {
  const first = normalizeClassifierCode(system, a);
  const second = normalizeClassifierCode(system, b);
  if (first === null || second === null) return null;
  if (!isWellFormedCode(system, first) || !isWellFormedCode(system, second)) return null;

  if (system === 'okpd2') {
    const firstLineage = okpd2Lineage(first);
    const secondLineage = okpd2Lineage(second);
    let sharedLevels = 0;
    while (sharedLevels < firstLineage.length && firstLineage[sharedLevels] === secondLineage[sharedLevels]) {
      sharedLevels++;
    }
    // A section letter is not part of the dotted lineage, so two equal sections count as nothing shared.
    return sharedLevels === 0 || okpd2Level(first) === 'section' ? null : sharedLevels;
  }

  let sharedDigits = 0;
  while (sharedDigits < first.length && first[sharedDigits] === second[sharedDigits]) sharedDigits++;
  for (const [depth, level] of tnvedLevelsByDepth) {
    if (sharedDigits >= depth) return level;
  }
  return null;
}

const systemNames: Record<ClassifierSystem, string> = {
  tnved: 'TN VED',
  okpd2: 'OKPD2',
  hs: 'HS',
};

const expectedShapes: Record<ClassifierSystem, string> = {
  tnved: 'a TN VED code has 10 digits (or 2, 4 or 6 for a chapter, heading or subheading)',
  hs: 'an HS code has 6 digits (or 2 or 4 for a chapter or heading)',
  okpd2:
    'an OKPD2 code looks like 26, 26.1, 26.11, 26.11.3, 26.11.30 or 26.11.30.000, or is a section letter A..U',
};

/** Throws a validation error naming the field when the code is not in the canonical form of its system. */
export function assertWellFormedCode(system: ClassifierSystem, code: string, field: string): void {
  if (isWellFormedCode(system, code)) return;
  const normalized = normalizeClassifierCode(system, code);
  const reason =
    normalized !== null && isWellFormedCode(system, normalized)
      ? `${expectedShapes[system]}; write it as ${normalized}`
      : expectedShapes[system];
  throw new AppError('validation_failed', `"${code}" is not a well-formed ${systemNames[system]} code`, {
    field,
    value: code,
    reason,
  });
}
