import { isChunkCode, letterClass } from './character-classes';
import { harmonizeWordScript, mapLookAlikesToLatin } from './look-alike-letters';
import { measurementUnits, unitSynonyms } from './measurement-units';
import { normalizeText } from './normalize-text';

/**
 * - `word`: letters only («анкер», «switch»);
 * - `number`: a canonical number («12», «4.5»; «1,00» → «1»);
 * - `dimension`: numbers joined by «x» as written («12x40»), kept besides the separate numbers;
 * - `code`: letters and digits together, look-alike letters in Latin («М10» → «m10», «KDL-40V4100» → «kdl40v4100»);
 * - `unit`: a unit symbol glued to or following a number («100см» → 100, «см»).
 */
export type TokenKind = 'word' | 'number' | 'dimension' | 'code' | 'unit';

export interface TextToken {
  text: string;
  kind: TokenKind;
  /** The piece of the source it came from, for explanations. */
  original: string;
  /** Index of the whitespace- or punctuation-separated chunk the token came from. */
  position: number;
  /** A letter fragment standing right before a number inside a code («ду» in «ду40», «d» in «d160»). */
  isNumberPrefix?: boolean;
  /** A word cut short and closed with a dot («выкл.», «однопол.»): any word it begins may be meant. */
  isAbbreviated?: boolean;
}

// Explicit letter ranges: Unicode property classes (\p{L}) are several times slower.
const letters = letterClass;
const runPattern = /\d+(?:\.\d+)*|[^\d.]+|\./g;
const digitPattern = /\d/;
const letterPattern = new RegExp(`[${letters}]`);
const onlyLettersPattern = new RegExp(`^[${letters}]+$`);
const letterBeforeDotPattern = new RegExp(`[${letters}]\\.$`);

/** Splits product text into typed tokens; numbers glued to units or letters are split and kept. */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  listChunks(normalizeText(text)).forEach((chunk, position) => tokenizeChunk(chunk, position, tokens));
  return tokens;
}

/**
 * The whitespace- and punctuation-separated pieces of normalised text that tokens are made from. A final dot after
 * a letter is kept: it marks a word cut short («выкл.»).
 */
export function listChunks(normalizedText: string): string[] {
  const chunks: string[] = [];
  let start = -1;
  for (let index = 0; index <= normalizedText.length; index += 1) {
    const isInside = index < normalizedText.length && isChunkCode(normalizedText.charCodeAt(index));
    if (isInside && start < 0) start = index;
    if (isInside || start < 0) continue;
    const chunk = trimSeparators(normalizedText.slice(start, index));
    if (chunk !== '') chunks.push(chunk);
    start = -1;
  }
  return chunks;
}

const separatorCodes = new Set(['.', '-', '/'].map((character) => character.charCodeAt(0)));

function trimSeparators(chunk: string): string {
  const isClean =
    !separatorCodes.has(chunk.charCodeAt(0)) && !separatorCodes.has(chunk.charCodeAt(chunk.length - 1));
  if (isClean) return chunk;
  const trimmed = chunk.replace(/^[.\-/]+|[-/]+$/g, '').replace(/\.{2,}$/, '');
  return letterBeforeDotPattern.test(trimmed) ? trimmed : trimmed.replace(/[.\-/]+$/, '');
}

/**
 * Tokenises one chunk, appending to `tokens`. A unit word («мм») is read as a unit only right after a number, so
 * the last of `tokens` matters.
 */
export function tokenizeChunk(chunkWithDot: string, position: number, tokens: TextToken[]): void {
  const isAbbreviated = chunkWithDot.endsWith('.');
  const chunk = isAbbreviated ? chunkWithDot.slice(0, -1) : chunkWithDot;
  const firstNewToken = tokens.length;
  tokenizeChunkParts(chunk, position, tokens);
  const lastToken = tokens[tokens.length - 1];
  if (isAbbreviated && tokens.length > firstNewToken && lastToken?.kind === 'word')
    lastToken.isAbbreviated = true;
}

function tokenizeChunkParts(chunk: string, position: number, tokens: TextToken[]): void {
  // Most chunks hold no joiner and no dot: the splits below would only give them back whole.
  let parts: string[];
  if (chunk.includes('-') || chunk.includes('/')) parts = chunk.split(/[-/]+/).filter((part) => part !== '');
  else parts = chunk === '' ? [] : [chunk];
  if (parts.length > 1) {
    const joined = parts.join('').replace(/\./g, '');
    const hasDigit = digitPattern.test(joined);
    const hasLetter = letterPattern.test(joined);
    if (hasDigit && hasLetter) {
      // «KDL-40V4100» and «kdl40v4100» are one model number however it is hyphenated.
      tokens.push({ text: mapLookAlikesToLatin(joined), kind: 'code', original: chunk, position });
    } else if (hasDigit && joined.length >= 6 && parts.length >= 3) {
      // «010-00715-20» is the part number «0100071520» written in groups.
      tokens.push({ text: joined, kind: 'code', original: chunk, position });
    } else if (!hasDigit && parts.every((part) => part.length <= 2)) {
      // «г/к», «к-т», «a/v»: short letter groups around a slash or hyphen are one abbreviation.
      tokens.push({ text: harmonizeWordScript(joined), kind: 'word', original: chunk, position });
      return;
    } else if (!hasDigit) {
      // «lcs-twa/r», «wi-fi», «дюбель-гвоздь»: the glued spelling is common too.
      tokens.push({ text: harmonizeWordScript(joined), kind: 'word', original: chunk, position });
    }
  }
  // A dot between digits is a decimal point; next to a letter it only separates («уп.4», «cu.ft»).
  for (const part of parts) {
    if (!part.includes('.')) {
      tokenizePart(part, position, tokens);
      continue;
    }
    for (const piece of part.split(/\.(?!\d)|(?<!\d)\./))
      if (piece !== '') tokenizePart(piece, position, tokens);
  }
}

function tokenizePart(part: string, position: number, tokens: TextToken[]): void {
  if (onlyLettersPattern.test(part)) {
    const word = harmonizeWordScript(part);
    const unit = unitSynonyms.get(word) ?? word;
    // «160 мм», «30 метров»: a unit word after a number is a unit like the glued «160мм».
    const isUnitAfterNumber = measurementUnits.has(unit) && tokens[tokens.length - 1]?.kind === 'number';
    if (isUnitAfterNumber) tokens.push({ text: unit, kind: 'unit', original: part, position });
    else tokens.push({ text: word, kind: 'word', original: part, position });
    return;
  }
  const runs = mergeUnitPowers(
    [...part.matchAll(runPattern)].map((run) => run[0]).filter((run) => run !== '.'),
  );
  if (runs.length === 0) return;

  // A number with a unit after it («100см», «2.5мм2», «8gb») is a measurement, not a code.
  const lastRun = runs[runs.length - 1];
  const possibleUnit =
    lastRun !== undefined && runs.length >= 2 ? unitOf(lastRun, runs[runs.length - 2]) : null;
  const runsBeforePossibleUnit = possibleUnit === null ? runs : runs.slice(0, -1);
  const isMeasurement = runsBeforePossibleUnit.every((run) => digitPattern.test(run) || run === 'x');
  // Inside a code («11с67п») a final letter is part of the code, not a unit.
  const unitRun = isMeasurement ? possibleUnit : null;
  const runsBeforeUnit = isMeasurement ? runsBeforePossibleUnit : runs;

  if (!isMeasurement) {
    tokens.push({ text: mapLookAlikesToLatin(part), kind: 'code', original: part, position });
    // «С110.30-8», «2П30.18.30»: the head before the first dot names the series on its own.
    const head = part.includes('.') ? part.slice(0, part.indexOf('.')) : '';
    // «рн0.5» is a decimal, not a series: the head must end in at least two digits.
    if (/\d\d$/.test(head) && letterPattern.test(head)) {
      tokens.push({ text: mapLookAlikesToLatin(head), kind: 'code', original: part, position });
    }
    // «м10х50» is the thread «m10» by the length 50: each side of the «x» is also a code of its own.
    const sides = part.includes('x') ? part.split(/(?<=\d)x(?=\d)/) : [part];
    if (sides.length > 1) {
      for (const side of sides) {
        if (letterPattern.test(side) && digitPattern.test(side)) {
          tokens.push({ text: mapLookAlikesToLatin(side), kind: 'code', original: part, position });
        }
      }
    }
  }
  emitNumbersAndLetters(runsBeforeUnit, part, position, tokens);
  if (unitRun !== null) tokens.push({ text: unitRun, kind: 'unit', original: part, position });
}

/** «мм» followed by «2» after a number is the unit «мм2», not a number 2. */
function mergeUnitPowers(runs: string[]): string[] {
  const merged: string[] = [];
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index] ?? '';
    const nextRun = runs[index + 1];
    const previousRun = merged[merged.length - 1];
    const isPowerAfterNumber =
      (nextRun === '2' || nextRun === '3') &&
      previousRun !== undefined &&
      digitPattern.test(previousRun) &&
      measurementUnits.has(run + nextRun);
    if (isPowerAfterNumber) {
      merged.push(run + nextRun);
      index += 1;
    } else merged.push(run);
  }
  return merged;
}

function unitOf(run: string, previousRun: string | undefined): string | null {
  if (previousRun === undefined || !digitPattern.test(previousRun)) return null;
  // «мм2» after a number: the unit keeps its power, it is not a number 2.
  if (measurementUnits.has(run)) return run;
  return null;
}

function emitNumbersAndLetters(
  runs: string[],
  original: string,
  position: number,
  tokens: TextToken[],
): void {
  const dimension: string[] = [];
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index] ?? '';
    if (digitPattern.test(run)) {
      if (/^\d{6,}$/.test(run)) {
        // Six digits and more are an article or part number («2105859», «0100071520»): kept as written.
        tokens.push({ text: run, kind: 'code', original, position });
        flushDimension(dimension, original, position, tokens);
        continue;
      }
      const numbers = canonicalNumbers(run);
      for (const number of numbers) tokens.push({ text: number, kind: 'number', original, position });
      if (numbers.length === 1 && numbers[0] !== undefined) dimension.push(numbers[0]);
      else flushDimension(dimension, original, position, tokens);
      continue;
    }
    if (run === 'x' && dimension.length > 0 && digitPattern.test(runs[index + 1] ?? '')) continue;
    flushDimension(dimension, original, position, tokens);
    const word = harmonizeWordScript(run);
    const nextRun = runs[index + 1];
    const isNumberPrefix = nextRun !== undefined && digitPattern.test(nextRun);
    tokens.push(
      isNumberPrefix
        ? { text: word, kind: 'word', original, position, isNumberPrefix }
        : { text: word, kind: 'word', original, position },
    );
  }
  flushDimension(dimension, original, position, tokens);
}

/**
 * Numbers joined by «x» so far make a dimension token when there are two or more; the list is emptied. A function
 * of its own rather than a closure made for each part: this runs for every model number indexed.
 */
function flushDimension(dimension: string[], original: string, position: number, tokens: TextToken[]): void {
  if (dimension.length >= 2)
    tokens.push({ text: dimension.join('x'), kind: 'dimension', original, position });
  dimension.length = 0;
}

/** «1.00» → 1, «0.50» → 0.5, «007» → 7; «3.006.1» is not a decimal and gives three numbers. */
function canonicalNumbers(run: string): string[] {
  const pieces = run.split('.');
  if (pieces.length === 2) return [canonicalDecimal(pieces[0] ?? '', pieces[1] ?? '')];
  return pieces.filter((piece) => piece !== '').map((piece) => canonicalDecimal(piece, ''));
}

function canonicalDecimal(integerPart: string, fractionPart: string): string {
  const integer = integerPart.replace(/^0+(?=\d)/, '');
  const fraction = fractionPart.replace(/0+$/, '');
  return fraction === '' ? integer : `${integer}.${fraction}`;
}
