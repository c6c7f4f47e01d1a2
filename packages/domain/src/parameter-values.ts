import { AppError } from './errors';
import type { ParameterRequirementValue, ParameterValue } from './parameters';
import { areCompatibleUnits, convertQuantity, findUnit } from './units';

/**
 * Reading, writing and comparing technical parameter values as people type them in spreadsheets:
 * "4,5..5,5", "−60…+125", ">=5", "SOIC-8|DIP-8". The unit lives in the column header, not in the value.
 */

// ---------------------------------------------------------------------------------------------------------
// Column headers
// ---------------------------------------------------------------------------------------------------------

export interface ParameterHeader {
  name: string;
  /** Canonical unit code from the unit table. */
  unit?: string;
}

const parameterHeaderPrefix = /^\s*(?:param|параметр)\s*:/iu;

/** Whether an import column holds a parameter ("param:Voltage[V]", "параметр:Напряжение[В]"). */
export function isParameterHeader(header: string): boolean {
  return parameterHeaderPrefix.test(header);
}

function headerError(header: string, reason: string): AppError {
  return new AppError('validation_failed', `Column "${header}" is not a valid parameter header: ${reason}`, {
    field: 'header',
    value: header,
    reason,
  });
}

/** "param:Supply voltage[В]" → { name: 'Supply voltage', unit: 'V' }. Unknown units are an error, not dropped. */
export function parseParameterHeader(header: string): ParameterHeader {
  if (!isParameterHeader(header)) {
    throw headerError(header, 'a parameter header starts with "param:" or "параметр:"');
  }
  const rest = header.replace(parameterHeaderPrefix, '').trim();
  const match = /^([^[\]]*?)\s*(?:\[([^[\]]*)\])?$/u.exec(rest);
  if (!match)
    throw headerError(header, 'write the unit once, in square brackets at the end: param:Name[unit]');
  const name = (match[1] ?? '').trim();
  if (name === '') throw headerError(header, 'the parameter name is empty');

  const unitSpelling = (match[2] ?? '').trim();
  if (unitSpelling === '') return { name };
  const unit = findUnit(unitSpelling);
  if (!unit) throw headerError(header, `unknown unit "${unitSpelling}"`);
  return { name, unit: unit.code };
}

// ---------------------------------------------------------------------------------------------------------
// Numbers, ranges and bounds
// ---------------------------------------------------------------------------------------------------------

/** A decimal with an optional sign, decimal comma, thousands grouped by spaces ("1 000") or exponent ("1e-12"). */
const numberSource = String.raw`[+\-–]?(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?(?:e[+\-]?\d+)?`;
const rangeSeparatorSource = String.raw`(?:\.{2,3}|…)`;

const numberOnly = new RegExp(`^(${numberSource})$`, 'u');
const dottedRange = new RegExp(`^(${numberSource})? ?${rangeSeparatorSource} ?(${numberSource})?$`, 'u');
// Both ends are required with a dash so that "SOIC-8", "КТ-315" and "M10-1" stay text.
const dashedRange = new RegExp(`^(${numberSource}) ?[-–—] ?(${numberSource})$`, 'u');
const fromToRange = new RegExp(`^от ?(${numberSource}) ?до ?(${numberSource})$`, 'iu');
// Ranges here are closed, so "<" and ">" are read as "at most" and "at least"; strictness is not kept.
const upperBound = new RegExp(`^(?:<=|=<|≤|<|не более|не больше|до) ?(${numberSource})$`, 'iu');
const lowerBound = new RegExp(`^(?:>=|=>|≥|>|не менее|не меньше|от) ?(${numberSource})$`, 'iu');

type NumericValue =
  { kind: 'number'; value: number } | { kind: 'range'; min: number | null; max: number | null };

function readNumber(token: string): number {
  return Number(token.replace(/ /g, '').replace('–', '-').replace(',', '.'));
}

function readOptionalNumber(token: string | undefined): number | null {
  return token === undefined ? null : readNumber(token);
}

/** Unicode minus signs become "-", all kinds of spaces one space, so the patterns above stay readable. */
function normalizeNumericText(raw: string): string {
  return raw
    .replace(/\u2212/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

function orderedRange(min: number | null, max: number | null): NumericValue | null {
  // "10-1" is more likely a designation than a backwards range.
  if (min !== null && max !== null && min > max) return null;
  return { kind: 'range', min, max };
}

function parseNumeric(raw: string): NumericValue | null {
  const text = normalizeNumericText(raw);
  let match = numberOnly.exec(text);
  if (match) return { kind: 'number', value: readNumber(match[1] ?? '') };
  match = dottedRange.exec(text);
  if (match) return orderedRange(readOptionalNumber(match[1]), readOptionalNumber(match[2]));
  match = dashedRange.exec(text) ?? fromToRange.exec(text);
  if (match) return orderedRange(readOptionalNumber(match[1]), readOptionalNumber(match[2]));
  match = upperBound.exec(text);
  if (match) return orderedRange(null, readOptionalNumber(match[1]));
  match = lowerBound.exec(text);
  if (match) return orderedRange(readOptionalNumber(match[1]), null);
  return null;
}

function quotedContent(text: string): string | null {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : null;
}

function splitAlternatives(text: string): string[] {
  return text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function emptyValueError(raw: string): AppError {
  return new AppError('validation_failed', 'A parameter value is empty', {
    field: 'value',
    value: raw,
    reason: 'value is empty',
  });
}

function withUnit<T extends object>(value: T, unitCode: string | undefined): T & { unit?: string } {
  return unitCode === undefined ? value : { ...value, unit: unitCode };
}

// ---------------------------------------------------------------------------------------------------------
// Product values
// ---------------------------------------------------------------------------------------------------------

/**
 * A product's value as written in a cell: a number, a range ("4.5..5.5", "−60…+125", "<=125", "5.."),
 * alternatives ("SOIC-8|DIP-8", a trailing "|" marks a single alternative), or text.
 * Text in double quotes is taken literally, so "5" in quotes stays text.
 */
export function parseProductParameterValue(raw: string, unitCode?: string): ParameterValue {
  const text = raw.trim();
  if (text === '') throw emptyValueError(raw);
  const quoted = quotedContent(text);
  if (quoted !== null) return { kind: 'text', value: quoted };
  if (text.includes('|')) {
    const values = splitAlternatives(text);
    return values.length > 0 ? { kind: 'set', values } : { kind: 'text', value: text };
  }
  const numeric = parseNumeric(text);
  if (numeric) return withUnit(numeric, unitCode);
  return { kind: 'text', value: text };
}

function formatNumber(value: number): string {
  return String(value);
}

function formatRange(min: number | null, max: number | null): string {
  return `${min === null ? '' : formatNumber(min)}..${max === null ? '' : formatNumber(max)}`;
}

function isSameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isReadBackAs<T>(text: string, parse: (text: string) => T, expected: T): boolean {
  try {
    return isSameValue(parse(text), expected);
  } catch {
    return false;
  }
}

/**
 * The cell text of a product value, read back to the same value by parseProductParameterValue (the unit goes
 * in the column header). Text that would read as something else is quoted. Alternatives containing "|" cannot
 * be written.
 */
export function formatParameterValue(value: ParameterValue): string {
  switch (value.kind) {
    case 'number':
      return formatNumber(value.value);
    case 'range':
      return formatRange(value.min, value.max);
    case 'set':
      return value.values.length === 1 ? `${value.values[0]}|` : value.values.join('|');
    case 'text':
      return isReadBackAs(value.value, parseProductParameterValue, { kind: 'text', value: value.value })
        ? value.value
        : `"${value.value}"`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Requirement values
// ---------------------------------------------------------------------------------------------------------

function compilePattern(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'i');
  } catch {
    return null;
  }
}

/**
 * A demand line's requirement as written in a cell: a range or one-sided bound as for products, a plain
 * number meaning exactly that value, "/regex/" or "~regex" for a pattern, "a|b|c" or any other text for
 * allowed values. Text in double quotes is one literal allowed value.
 */
export function parseRequirementValue(raw: string, unitCode?: string): ParameterRequirementValue {
  const text = raw.trim();
  if (text === '') throw emptyValueError(raw);
  const quoted = quotedContent(text);
  if (quoted !== null) return { kind: 'values', values: [quoted] };

  const slashed = /^\/(.+)\/$/su.exec(text);
  const tilde = /^~(.+)$/su.exec(text);
  const pattern = slashed?.[1] ?? tilde?.[1]?.trim();
  if (pattern !== undefined) {
    if (!compilePattern(pattern)) {
      throw new AppError('validation_failed', `"${pattern}" is not a valid regular expression`, {
        field: 'value',
        value: raw,
        reason: 'pattern is not a valid regular expression',
      });
    }
    return { kind: 'pattern', pattern };
  }

  if (text.includes('|')) {
    const values = splitAlternatives(text);
    if (values.length > 0) return { kind: 'values', values };
  }
  const numeric = parseNumeric(text);
  if (numeric?.kind === 'number')
    return withUnit({ kind: 'range', min: numeric.value, max: numeric.value }, unitCode);
  if (numeric) return withUnit(numeric, unitCode);
  return { kind: 'values', values: [text] };
}

/** The cell text of a requirement, read back to the same requirement by parseRequirementValue. */
export function formatRequirementValue(requirement: ParameterRequirementValue): string {
  switch (requirement.kind) {
    case 'range':
      return requirement.min !== null && requirement.min === requirement.max
        ? formatNumber(requirement.min)
        : formatRange(requirement.min, requirement.max);
    case 'pattern':
      return `/${requirement.pattern}/`;
    case 'values': {
      const plain = requirement.values.join('|');
      const only = requirement.values[0];
      const isQuotingNeeded =
        requirement.values.length === 1 &&
        only !== undefined &&
        !isReadBackAs(plain, parseRequirementValue, { kind: 'values', values: [only] });
      return isQuotingNeeded ? `"${only}"` : plain;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Checking an offer against a requirement
// ---------------------------------------------------------------------------------------------------------

export interface RequirementCheck {
  isMet: boolean;
  /** Why, in English, for the person reviewing a match. */
  reason: string;
}

function met(reason: string): RequirementCheck {
  return { isMet: true, reason };
}

function notMet(reason: string): RequirementCheck {
  return { isMet: false, reason };
}

function withUnitText(text: string, unitCode: string | undefined): string {
  return unitCode === undefined ? text : `${text} ${unitCode}`;
}

/** Cyrillic letters that look like Latin ones: part numbers such as "КТ315" are typed in either alphabet. */
const lookAlikeLetters: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
};

/** Folds the differences people do not mean: letter case, spaces, dashes and look-alike letters. */
function foldForComparison(text: string): string {
  return [
    ...text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\-‐‑‒–—−]/gu, ''),
  ]
    .map((char) => lookAlikeLetters[char] ?? char)
    .join('');
}

/** Offered numbers in the required unit; a missing unit on either side is taken to be the other side's. */
function inRequiredUnit(
  values: readonly (number | null)[],
  offeredUnit: string | undefined,
  requiredUnit: string | undefined,
): { values: (number | null)[] } | { error: string } {
  if (offeredUnit === undefined || requiredUnit === undefined || offeredUnit === requiredUnit) {
    return { values: [...values] };
  }
  if (!areCompatibleUnits(offeredUnit, requiredUnit)) {
    return {
      error: `offered in ${offeredUnit} but required in ${requiredUnit}, which measure different things`,
    };
  }
  return {
    values: values.map((value) =>
      value === null ? null : convertQuantity(value, offeredUnit, requiredUnit),
    ),
  };
}

function isWithin(value: number, min: number | null, max: number | null): boolean {
  return (min === null || value >= min) && (max === null || value <= max);
}

function checkRange(
  offered: ParameterValue,
  required: Extract<ParameterRequirementValue, { kind: 'range' }>,
): RequirementCheck {
  const requiredText = withUnitText(formatRange(required.min, required.max), required.unit);

  switch (offered.kind) {
    case 'number': {
      const converted = inRequiredUnit([offered.value], offered.unit, required.unit);
      if ('error' in converted) return notMet(converted.error);
      const value = converted.values[0] ?? offered.value;
      const offeredText = withUnitText(formatNumber(value), required.unit ?? offered.unit);
      return isWithin(value, required.min, required.max)
        ? met(`offered ${offeredText} lies within required ${requiredText}`)
        : notMet(`offered ${offeredText} lies outside required ${requiredText}`);
    }
    case 'range': {
      const converted = inRequiredUnit([offered.min, offered.max], offered.unit, required.unit);
      if ('error' in converted) return notMet(converted.error);
      const [min = null, max = null] = converted.values;
      const offeredText = withUnitText(formatRange(min, max), required.unit ?? offered.unit);
      // The offered range must span the whole required one; an open end reaches infinitely far.
      const isLowerEndCovered = min === null || (required.min !== null && min <= required.min);
      const isUpperEndCovered = max === null || (required.max !== null && max >= required.max);
      return isLowerEndCovered && isUpperEndCovered
        ? met(`offered ${offeredText} covers required ${requiredText}`)
        : notMet(`offered ${offeredText} does not cover required ${requiredText}`);
    }
    case 'set': {
      // Alternatives are variants of the product; one variant in range is enough.
      const fitting = offered.values.find((option) => {
        const numeric = parseNumeric(option);
        return numeric?.kind === 'number' && isWithin(numeric.value, required.min, required.max);
      });
      return fitting !== undefined
        ? met(`offered option ${withUnitText(fitting, required.unit)} lies within required ${requiredText}`)
        : notMet(
            `none of the offered options ${offered.values.join('|')} lies within required ${requiredText}`,
          );
    }
    case 'text':
      return notMet(`offered "${offered.value}" is not a number, required ${requiredText}`);
  }
}

function offeredTexts(offered: ParameterValue): string[] {
  switch (offered.kind) {
    case 'text':
      return [offered.value];
    case 'set':
      return offered.values;
    case 'number':
    case 'range':
      return [formatParameterValue(offered)];
  }
}

function checkValues(offered: ParameterValue, allowed: readonly string[]): RequirementCheck {
  const allowedText = allowed.join('|');
  if (offered.kind === 'range') {
    return notMet(
      `offered range ${formatParameterValue(offered)} is not one of the required values ${allowedText}`,
    );
  }
  if (offered.kind === 'number') {
    const isAllowed = allowed.some((value) => {
      const numeric = parseNumeric(value);
      return numeric?.kind === 'number' && numeric.value === offered.value;
    });
    const offeredText = formatNumber(offered.value);
    return isAllowed
      ? met(`offered ${offeredText} is one of the required values ${allowedText}`)
      : notMet(`offered ${offeredText} is not one of the required values ${allowedText}`);
  }
  const foldedAllowed = new Set(allowed.map(foldForComparison));
  const matching = offeredTexts(offered).find((text) => foldedAllowed.has(foldForComparison(text)));
  return matching !== undefined
    ? met(`offered "${matching}" is one of the required values ${allowedText}`)
    : notMet(`offered "${offeredTexts(offered).join('|')}" is not one of the required values ${allowedText}`);
}

function checkPattern(offered: ParameterValue, pattern: string): RequirementCheck {
  const expression = compilePattern(pattern);
  if (!expression) return notMet(`required pattern /${pattern}/ is not a valid regular expression`);
  const matching = offeredTexts(offered).find((text) => expression.test(text));
  return matching !== undefined
    ? met(`offered "${matching}" matches required pattern /${pattern}/`)
    : notMet(`offered "${offeredTexts(offered).join('|')}" does not match required pattern /${pattern}/`);
}

/**
 * Whether a product's value meets a demand line's requirement, and why.
 * Range requirements: an offered number must lie within the required range; an offered range must cover the
 * whole required range (a part rated −40…+85 °C does not meet −60…+125 °C). Values are compared after unit
 * conversion; values in units of different dimensions never meet.
 */
export function checkRequirement(
  offered: ParameterValue | undefined,
  required: ParameterRequirementValue,
): RequirementCheck {
  if (offered === undefined) return notMet('not stated');
  switch (required.kind) {
    case 'range':
      return checkRange(offered, required);
    case 'values':
      return checkValues(offered, required.values);
    case 'pattern':
      return checkPattern(offered, required.pattern);
  }
}
