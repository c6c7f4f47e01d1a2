import type { ProductParameter } from '@coopex/domain';

const number = String.raw`[-+−]?\d+(?:[.,]\d+)?`;
const rangeSeparator = String.raw`\s*(?:\.\.\.?|…|–|—|-|to|до)\s*`;

// Compiled once: names of a million products go through them.
const temperaturePattern = new RegExp(`(${number})${rangeSeparator}(${number})\\s*°\\s*[CС]`, 'iu');
const voltagePattern = new RegExp(`(${number})${rangeSeparator}(${number})\\s*(?:V|В)(?![\\p{L}])`, 'iu');
const diameterPattern = new RegExp(
  `(?:диаметр(?:ом)?|diameter|Ø|⌀|\\bd\\s*=)\\s*(${number})\\s*(мм|mm)?`,
  'iu',
);

function toNumber(text: string): number {
  return Number(text.replace('−', '-').replace(',', '.').replace(/^\+/, ''));
}

/**
 * Parameters written into names and descriptions rather than into parameter columns: operating temperature
 * («−60…+125 °C»), supply voltage («4.5-5.5V»), package («SOIC-8», «DIP-14», «TO-220», «КТ-28»), metric thread
 * («М10»), diameter («диаметр 12 мм», «Ø12», «d=12»), dimensions («12x40», «35х7,5 мм»).
 */
export function extractTextParameters(text: string): ProductParameter[] {
  const found: ProductParameter[] = [];
  // Each pattern runs only where its telling characters appear: most names state none of these. The tests are
  // necessary conditions of the patterns, so they never change what is found.
  const hints = findHints(text);
  const temperature = text.includes('°') ? temperaturePattern.exec(text) : null;
  if (temperature) {
    found.push({
      name: 'температура (из текста)',
      value: { kind: 'range', min: toNumber(temperature[1]!), max: toNumber(temperature[2]!), unit: 'degC' },
    });
  }
  const voltageRange = hints.hasVoltage ? voltagePattern.exec(text) : null;
  if (voltageRange) {
    found.push({
      name: 'напряжение (из текста)',
      value: { kind: 'range', min: toNumber(voltageRange[1]!), max: toNumber(voltageRange[2]!), unit: 'V' },
    });
  }
  const packageName =
    hints.hasPackage &&
    /\b(SOIC|SOP|SSOP|TSSOP|DIP|PDIP|QFN|LQFP|TQFP|QFP|BGA|SOT|TO|DPAK|D2PAK|КТ|Н|МК)[-‐]?(\d{1,3}[A-Z]?)\b/iu.exec(
      text,
    );
  if (packageName && packageName[1]!.length >= 2) {
    found.push({
      name: 'корпус (из текста)',
      value: { kind: 'text', value: `${packageName[1]!.toUpperCase()}-${packageName[2]!.toUpperCase()}` },
    });
  }
  const thread =
    hints.hasThread &&
    /(?:^|[^\p{L}\d])[MМ](\d{1,2}(?:[.,]\d+)?)(?:[xх×*]\d+(?:[.,]\d+)?)?(?![\p{L}\d])/u.exec(text);
  if (thread)
    found.push({
      name: 'резьба (из текста)',
      value: { kind: 'text', value: `M${thread[1]!.replace(',', '.')}` },
    });
  const diameter = hints.hasDiameter ? diameterPattern.exec(text) : null;
  if (diameter) {
    found.push({
      name: 'диаметр (из текста)',
      value: { kind: 'number', value: toNumber(diameter[1]!), unit: 'mm' },
    });
  }
  return found;
}

interface Hints {
  /** A digit, then spaces, then V or В: where a voltage range ends. */
  hasVoltage: boolean;
  /** A last letter of a package name (SOIC, SOP, QFN, BGA, TO, DPAK, КТ, Н, МК…), an optional dash, a digit. */
  hasPackage: boolean;
  /** M or М followed by a digit. */
  hasThread: boolean;
  /** «=» (of «d=»), Ø or ⌀, or «…тр»/«…er», the end of «диаметр» or «diameter». */
  hasDiameter: boolean;
}

// What each character can be to the patterns, by code: a table lookup per character is what a pass over a
// million names can afford. The case-insensitive patterns also read the Unicode case variants of their letters:
// the Kelvin sign as K, U+1C80 as в, U+1C84 and U+1C85 as т; U+1C80–U+1C88 send a text to the diameter pattern
// at once, since lower-casing keeps them as they are.
const digit = 1;
const packageEnd = 2;
const voltageLetter = 4;
const threadLetter = 8;
const dash = 16;
const space = 32;
const diameterMark = 64;
const wordEnd = 128;
const characterKinds = new Uint8Array(0x10000);
const mark = (characters: string, kind: number) => {
  for (const character of characters) characterKinds[character.charCodeAt(0)]! |= kind;
};
mark('0123456789', digit);
mark('cpnatokтнкCPNATOKТНК\u212a\u1c84\u1c85', packageEnd);
mark('vVвВ\u1c80', voltageLetter);
mark('MМ', threadLetter);
mark('-\u2010', dash);
// What \s matches in a regular expression.
mark('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a', space);
mark('\u2028\u2029\u202f\u205f\u3000\ufeff', space);
mark('=\u00d8\u00f8\u2300\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88', diameterMark);
mark('рРrR', wordEnd);

/** One pass over the characters for the cheap tests of all the patterns. */
function findHints(text: string): Hints {
  let hasVoltage = false;
  let hasPackage = false;
  let hasThread = false;
  let hasDiameter = false;
  let mayNameDiameter = false;
  for (let index = 0; index < text.length; index += 1) {
    const kind = characterKinds[text.charCodeAt(index)] as number;
    if (kind === 0) continue;
    const before = index > 0 ? (characterKinds[text.charCodeAt(index - 1)] as number) : 0;
    if (kind & digit) {
      const letterBefore =
        before & dash && index > 1 ? (characterKinds[text.charCodeAt(index - 2)] as number) : before;
      if (letterBefore & packageEnd) hasPackage = true;
      if (before & threadLetter) hasThread = true;
    } else if (kind & voltageLetter) {
      let previous = index - 1;
      while (previous >= 0 && (characterKinds[text.charCodeAt(previous)] as number) & space) previous -= 1;
      if (previous >= 0 && (characterKinds[text.charCodeAt(previous)] as number) & digit) hasVoltage = true;
    }
    if (kind & diameterMark) hasDiameter = true;
    else if (kind & wordEnd) {
      const previous = text.charCodeAt(index - 1);
      if (previous === 0x442 || previous === 0x422 || previous === 0x65 || previous === 0x45)
        mayNameDiameter = true;
    }
  }
  if (!hasDiameter && mayNameDiameter) {
    const lower = text.toLowerCase();
    hasDiameter = lower.includes('диаметр') || lower.includes('diameter');
  }
  return { hasVoltage, hasPackage, hasThread, hasDiameter };
}
