import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import type { ParameterRequirementValue, ParameterValue } from './parameters';
import { parameterRequirementSchema, parameterValueSchema } from './parameters';
import {
  checkRequirement,
  formatParameterValue,
  formatRequirementValue,
  isParameterHeader,
  parseParameterHeader,
  parseProductParameterValue,
  parseRequirementValue,
} from './parameter-values';

function caught(action: () => void): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError to be thrown');
}

describe('parameter column headers', () => {
  it('reads the name and resolves the unit to its canonical code', () => {
    expect(parseParameterHeader('param:Supply voltage[V]')).toEqual({ name: 'Supply voltage', unit: 'V' });
    expect(parseParameterHeader('param:Напряжение питания[В]')).toEqual({
      name: 'Напряжение питания',
      unit: 'V',
    });
    expect(parseParameterHeader('param: Рабочая температура [°С]')).toEqual({
      name: 'Рабочая температура',
      unit: 'degC',
    });
    expect(parseParameterHeader('param:Ёмкость[мкФ]')).toEqual({ name: 'Ёмкость', unit: 'uF' });
  });

  it('accepts the Russian prefix and any letter case of the prefix', () => {
    expect(parseParameterHeader('параметр:Масса[кг]')).toEqual({ name: 'Масса', unit: 'kg' });
    expect(parseParameterHeader('Param:Mass[kg]')).toEqual({ name: 'Mass', unit: 'kg' });
    expect(parseParameterHeader('ПАРАМЕТР:Масса')).toEqual({ name: 'Масса' });
  });

  it('leaves the unit out when the header has none or empty brackets', () => {
    expect(parseParameterHeader('param:Package')).toEqual({ name: 'Package' });
    expect(parseParameterHeader('param:Package[]')).toEqual({ name: 'Package' });
  });

  it('rejects an unknown unit instead of dropping it', () => {
    const error = caught(() => parseParameterHeader('param:Length[furlong]'));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual({
      field: 'header',
      value: 'param:Length[furlong]',
      reason: 'unknown unit "furlong"',
    });
  });

  it('rejects an empty name, unbalanced brackets and headers without the prefix', () => {
    expect(() => parseParameterHeader('param:[V]')).toThrowError(/name is empty/);
    expect(() => parseParameterHeader('param:Voltage[V')).toThrowError(AppError);
    expect(() => parseParameterHeader('param:Voltage[V][mV]')).toThrowError(AppError);
    expect(() => parseParameterHeader('nameRu')).toThrowError(/starts with "param:"/);
  });

  it('tells parameter columns from other columns', () => {
    expect(isParameterHeader('param:Voltage[V]')).toBe(true);
    expect(isParameterHeader(' параметр:Масса')).toBe(true);
    expect(isParameterHeader('nameRu')).toBe(false);
    expect(isParameterHeader('parameters')).toBe(false);
  });
});

describe('parseProductParameterValue', () => {
  it('reads ranges with dots, commas, dashes and ellipses', () => {
    const expected = { kind: 'range', min: 4.5, max: 5.5, unit: 'V' };
    for (const raw of ['4.5..5.5', '4,5..5,5', '4.5–5.5', '4.5 - 5.5', '4.5-5.5', '4.5...5.5', '4,5…5,5']) {
      expect(parseProductParameterValue(raw, 'V'), raw).toEqual(expected);
    }
  });

  it('reads unicode minus signs and explicit plus signs', () => {
    expect(parseProductParameterValue('−60…+125', 'degC')).toEqual({
      kind: 'range',
      min: -60,
      max: 125,
      unit: 'degC',
    });
    expect(parseProductParameterValue('-60..125')).toEqual({ kind: 'range', min: -60, max: 125 });
    expect(parseProductParameterValue('-60-125')).toEqual({ kind: 'range', min: -60, max: 125 });
    expect(parseProductParameterValue('-60 – -40')).toEqual({ kind: 'range', min: -60, max: -40 });
  });

  it('reads one-sided bounds', () => {
    expect(parseProductParameterValue('..125')).toEqual({ kind: 'range', min: null, max: 125 });
    expect(parseProductParameterValue('<=125')).toEqual({ kind: 'range', min: null, max: 125 });
    expect(parseProductParameterValue('≤ 125')).toEqual({ kind: 'range', min: null, max: 125 });
    expect(parseProductParameterValue('не более 125')).toEqual({ kind: 'range', min: null, max: 125 });
    expect(parseProductParameterValue('>=5')).toEqual({ kind: 'range', min: 5, max: null });
    expect(parseProductParameterValue('5..')).toEqual({ kind: 'range', min: 5, max: null });
    expect(parseProductParameterValue('от 5')).toEqual({ kind: 'range', min: 5, max: null });
    expect(parseProductParameterValue('от 5 до 10')).toEqual({ kind: 'range', min: 5, max: 10 });
  });

  it('reads plain numbers with a decimal comma, sign, thousands spaces or exponent', () => {
    expect(parseProductParameterValue('4,7', 'kOhm')).toEqual({ kind: 'number', value: 4.7, unit: 'kOhm' });
    expect(parseProductParameterValue('-60')).toEqual({ kind: 'number', value: -60 });
    expect(parseProductParameterValue(' +125 ')).toEqual({ kind: 'number', value: 125 });
    expect(parseProductParameterValue('1 000')).toEqual({ kind: 'number', value: 1000 });
    expect(parseProductParameterValue('1e-12')).toEqual({ kind: 'number', value: 1e-12 });
  });

  it('does not read designations with dashes as ranges', () => {
    for (const raw of ['SOIC-8', 'КТ-315', 'M10-1', 'DIP-8', '10-1']) {
      expect(parseProductParameterValue(raw), raw).toEqual({ kind: 'text', value: raw });
    }
  });

  it('does not read version-like or unit-suffixed numbers as numbers', () => {
    expect(parseProductParameterValue('1.2.3')).toEqual({ kind: 'text', value: '1.2.3' });
    expect(parseProductParameterValue('5 V')).toEqual({ kind: 'text', value: '5 V' });
    expect(parseProductParameterValue('4 5')).toEqual({ kind: 'text', value: '4 5' });
  });

  it('reads pipe-separated alternatives as a set, without a unit', () => {
    expect(parseProductParameterValue('SOIC-8|DIP-8', 'mm')).toEqual({
      kind: 'set',
      values: ['SOIC-8', 'DIP-8'],
    });
    expect(parseProductParameterValue(' 5 | 12 |24 ')).toEqual({ kind: 'set', values: ['5', '12', '24'] });
    expect(parseProductParameterValue('SOIC-8|')).toEqual({ kind: 'set', values: ['SOIC-8'] });
  });

  it('keeps other text, and quoted text literally', () => {
    expect(parseProductParameterValue(' керамический ')).toEqual({ kind: 'text', value: 'керамический' });
    expect(parseProductParameterValue('"5"')).toEqual({ kind: 'text', value: '5' });
    expect(parseProductParameterValue('"A|B"')).toEqual({ kind: 'text', value: 'A|B' });
  });

  it('keeps a unit only on numbers and ranges, and never on text', () => {
    expect(parseProductParameterValue('ceramic', 'V')).toEqual({ kind: 'text', value: 'ceramic' });
  });

  it('does not accept a backwards range as a range', () => {
    expect(parseProductParameterValue('125..-60')).toEqual({ kind: 'text', value: '125..-60' });
  });

  it('rejects an empty value', () => {
    expect(caught(() => parseProductParameterValue('   ')).code).toBe('validation_failed');
  });

  it('produces values that pass the parameter value schema', () => {
    for (const raw of ['4.5..5.5', '-60', 'SOIC-8|DIP-8', 'text', '..125']) {
      expect(parameterValueSchema.safeParse(parseProductParameterValue(raw, 'V')).success, raw).toBe(true);
    }
  });
});

describe('parseRequirementValue', () => {
  it('reads ranges and one-sided bounds like product values', () => {
    expect(parseRequirementValue('−60…+125', 'degC')).toEqual({
      kind: 'range',
      min: -60,
      max: 125,
      unit: 'degC',
    });
    expect(parseRequirementValue('4,5-5,5')).toEqual({ kind: 'range', min: 4.5, max: 5.5 });
    expect(parseRequirementValue('<=125')).toEqual({ kind: 'range', min: null, max: 125 });
    expect(parseRequirementValue('5..')).toEqual({ kind: 'range', min: 5, max: null });
  });

  it('reads a plain number as exactly that value', () => {
    expect(parseRequirementValue('12', 'V')).toEqual({ kind: 'range', min: 12, max: 12, unit: 'V' });
    expect(parseRequirementValue('-60')).toEqual({ kind: 'range', min: -60, max: -60 });
  });

  it('reads alternatives as allowed values', () => {
    expect(parseRequirementValue('SOIC-8|DIP-8')).toEqual({ kind: 'values', values: ['SOIC-8', 'DIP-8'] });
    expect(parseRequirementValue('5|12|24', 'V')).toEqual({ kind: 'values', values: ['5', '12', '24'] });
  });

  it('reads slashes or a tilde as a pattern', () => {
    expect(parseRequirementValue('/^SOIC-(8|14)$/')).toEqual({ kind: 'pattern', pattern: '^SOIC-(8|14)$' });
    expect(parseRequirementValue('~X7R|X5R')).toEqual({ kind: 'pattern', pattern: 'X7R|X5R' });
  });

  it('rejects a pattern that is not a valid regular expression', () => {
    const error = caught(() => parseRequirementValue('/SOIC-(8/'));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toMatchObject({ reason: 'pattern is not a valid regular expression' });
  });

  it('reads other text, including designations with dashes, as one allowed value', () => {
    expect(parseRequirementValue('SOIC-8')).toEqual({ kind: 'values', values: ['SOIC-8'] });
    expect(parseRequirementValue('1/2"')).toEqual({ kind: 'values', values: ['1/2"'] });
    expect(parseRequirementValue('"12"')).toEqual({ kind: 'values', values: ['12'] });
  });

  it('produces requirements that pass the requirement schema', () => {
    for (const raw of ['4.5..5.5', '12', 'SOIC-8|DIP-8', '/X7R/', 'ceramic']) {
      expect(parameterRequirementSchema.safeParse(parseRequirementValue(raw, 'V')).success, raw).toBe(true);
    }
  });

  it('rejects an empty requirement', () => {
    expect(() => parseRequirementValue('')).toThrowError(AppError);
  });
});

describe('formatting round trips', () => {
  const productValues: ParameterValue[] = [
    { kind: 'number', value: 4.7 },
    { kind: 'number', value: -60 },
    { kind: 'number', value: 1e-12 },
    { kind: 'number', value: 1e21 },
    { kind: 'range', min: 4.5, max: 5.5 },
    { kind: 'range', min: -60, max: 125 },
    { kind: 'range', min: null, max: 125 },
    { kind: 'range', min: 5, max: null },
    { kind: 'set', values: ['SOIC-8', 'DIP-8'] },
    { kind: 'set', values: ['SOIC-8'] },
    { kind: 'set', values: ['5', '12'] },
    { kind: 'text', value: 'SOIC-8' },
    { kind: 'text', value: 'керамический' },
    { kind: 'text', value: '5' },
    { kind: 'text', value: '4.5..5.5' },
    { kind: 'text', value: 'A|B' },
    { kind: 'text', value: '"quoted"' },
    { kind: 'text', value: ' padded ' },
  ];

  it.each(productValues)('reads back the product value %j it wrote', (value) => {
    expect(parseProductParameterValue(formatParameterValue(value))).toEqual(value);
  });

  it('writes ranges with two dots and alternatives with pipes', () => {
    expect(formatParameterValue({ kind: 'range', min: 4.5, max: 5.5, unit: 'V' })).toBe('4.5..5.5');
    expect(formatParameterValue({ kind: 'range', min: null, max: 125 })).toBe('..125');
    expect(formatParameterValue({ kind: 'set', values: ['SOIC-8', 'DIP-8'] })).toBe('SOIC-8|DIP-8');
    expect(formatParameterValue({ kind: 'text', value: 'SOIC-8' })).toBe('SOIC-8');
  });

  it('keeps the unit with a number when read back with the header unit', () => {
    const value: ParameterValue = { kind: 'range', min: -40, max: 85, unit: 'degC' };
    expect(parseProductParameterValue(formatParameterValue(value), 'degC')).toEqual(value);
  });

  const requirements: ParameterRequirementValue[] = [
    { kind: 'range', min: 4.5, max: 5.5 },
    { kind: 'range', min: 12, max: 12 },
    { kind: 'range', min: null, max: 125 },
    { kind: 'range', min: -60, max: null },
    { kind: 'values', values: ['SOIC-8', 'DIP-8'] },
    { kind: 'values', values: ['SOIC-8'] },
    { kind: 'values', values: ['12'] },
    { kind: 'values', values: ['5', '12'] },
    { kind: 'values', values: ['/not a pattern/'] },
    { kind: 'values', values: ['a|b'] },
    { kind: 'pattern', pattern: '^SOIC-(8|14)$' },
    { kind: 'pattern', pattern: 'a/b' },
  ];

  it.each(requirements)('reads back the requirement %j it wrote', (requirement) => {
    expect(parseRequirementValue(formatRequirementValue(requirement))).toEqual(requirement);
  });

  it('writes an exact number as the plain number and a pattern between slashes', () => {
    expect(formatRequirementValue({ kind: 'range', min: 12, max: 12, unit: 'V' })).toBe('12');
    expect(formatRequirementValue({ kind: 'range', min: -60, max: 125 })).toBe('-60..125');
    expect(formatRequirementValue({ kind: 'pattern', pattern: 'X7R' })).toBe('/X7R/');
    expect(formatRequirementValue({ kind: 'values', values: ['12'] })).toBe('"12"');
  });
});

describe('checkRequirement', () => {
  it('is not met when the product does not state the parameter', () => {
    expect(checkRequirement(undefined, { kind: 'range', min: 1, max: 2 })).toEqual({
      isMet: false,
      reason: 'not stated',
    });
  });

  it('does not meet a required range the offered range does not cover, naming both ranges and the unit', () => {
    const result = checkRequirement(
      { kind: 'range', min: -40, max: 85, unit: 'degC' },
      { kind: 'range', min: -60, max: 125, unit: 'degC' },
    );
    expect(result.isMet).toBe(false);
    expect(result.reason).toBe('offered -40..85 degC does not cover required -60..125 degC');
  });

  it('meets a required range the offered range covers', () => {
    const result = checkRequirement(
      { kind: 'range', min: -60, max: 150, unit: 'degC' },
      { kind: 'range', min: -60, max: 125, unit: 'degC' },
    );
    expect(result).toEqual({ isMet: true, reason: 'offered -60..150 degC covers required -60..125 degC' });
  });

  it('converts the offered range into the required unit before comparing', () => {
    const result = checkRequirement(
      { kind: 'range', min: 213.15, max: 398.15, unit: 'K' },
      { kind: 'range', min: -60, max: 125, unit: 'degC' },
    );
    expect(result).toEqual({ isMet: true, reason: 'offered -60..125 degC covers required -60..125 degC' });
    expect(
      checkRequirement(
        { kind: 'range', min: 4500, max: 5500, unit: 'mV' },
        { kind: 'range', min: 4.5, max: 5.5, unit: 'V' },
      ).isMet,
    ).toBe(true);
  });

  it('treats open ends: an open offered end covers anything, a finite one never covers an open requirement', () => {
    expect(
      checkRequirement({ kind: 'range', min: null, max: 200 }, { kind: 'range', min: -60, max: 125 }).isMet,
    ).toBe(true);
    // "at least 1000": a part rated 500..2000 may be below 1000.
    expect(
      checkRequirement({ kind: 'range', min: 500, max: 2000 }, { kind: 'range', min: 1000, max: null }).isMet,
    ).toBe(false);
    expect(
      checkRequirement({ kind: 'range', min: 1000, max: null }, { kind: 'range', min: 1000, max: null })
        .isMet,
    ).toBe(true);
  });

  it('meets a range with a number inside it, after conversion', () => {
    expect(
      checkRequirement(
        { kind: 'number', value: 5, unit: 'V' },
        { kind: 'range', min: 4.5, max: 5.5, unit: 'V' },
      ),
    ).toEqual({
      isMet: true,
      reason: 'offered 5 V lies within required 4.5..5.5 V',
    });
    expect(
      checkRequirement(
        { kind: 'number', value: 4700, unit: 'Ohm' },
        { kind: 'range', min: 4.7, max: 4.7, unit: 'kOhm' },
      ).isMet,
    ).toBe(true);
    expect(
      checkRequirement({ kind: 'number', value: 12 }, { kind: 'range', min: null, max: 15, unit: 'V' }).isMet,
    ).toBe(true);
  });

  it('does not meet a range with a number outside it', () => {
    const result = checkRequirement(
      { kind: 'number', value: 6, unit: 'V' },
      { kind: 'range', min: 4.5, max: 5.5, unit: 'V' },
    );
    expect(result).toEqual({ isMet: false, reason: 'offered 6 V lies outside required 4.5..5.5 V' });
  });

  it('does not meet a requirement in a unit of another dimension, and says so', () => {
    const result = checkRequirement(
      { kind: 'number', value: 5, unit: 'A' },
      { kind: 'range', min: 4.5, max: 5.5, unit: 'V' },
    );
    expect(result.isMet).toBe(false);
    expect(result.reason).toMatch(/offered in A but required in V/);
  });

  it('meets a range when one offered alternative lies inside it, and not when none does', () => {
    expect(
      checkRequirement({ kind: 'set', values: ['5', '12', '24'] }, { kind: 'range', min: 10, max: 15 }).isMet,
    ).toBe(true);
    expect(
      checkRequirement({ kind: 'set', values: ['5', '24'] }, { kind: 'range', min: 10, max: 15 }).isMet,
    ).toBe(false);
  });

  it('does not meet a range with offered text', () => {
    expect(checkRequirement({ kind: 'text', value: 'high' }, { kind: 'range', min: 10, max: 15 }).isMet).toBe(
      false,
    );
  });

  it('meets allowed values ignoring case, spaces, dashes and look-alike Cyrillic letters', () => {
    const allowed: ParameterRequirementValue = { kind: 'values', values: ['SOIC-8', 'KT315'] };
    expect(checkRequirement({ kind: 'text', value: 'soic 8' }, allowed).isMet).toBe(true);
    expect(checkRequirement({ kind: 'text', value: 'КТ-315' }, allowed).isMet).toBe(true); // Cyrillic К and Т
    expect(checkRequirement({ kind: 'set', values: ['DIP-8', 'SOIC8'] }, allowed).isMet).toBe(true);
  });

  it('does not meet allowed values with a different text or a disjoint set', () => {
    const allowed: ParameterRequirementValue = { kind: 'values', values: ['SOIC-8'] };
    expect(checkRequirement({ kind: 'text', value: 'SOIC-14' }, allowed)).toEqual({
      isMet: false,
      reason: 'offered "SOIC-14" is not one of the required values SOIC-8',
    });
    expect(checkRequirement({ kind: 'set', values: ['DIP-8', 'TO-92'] }, allowed).isMet).toBe(false);
  });

  it('compares offered numbers with numeric allowed values, and never meets values with a range', () => {
    expect(
      checkRequirement({ kind: 'number', value: 12 }, { kind: 'values', values: ['5', '12,0'] }).isMet,
    ).toBe(true);
    expect(
      checkRequirement({ kind: 'number', value: 13 }, { kind: 'values', values: ['5', '12'] }).isMet,
    ).toBe(false);
    expect(
      checkRequirement({ kind: 'range', min: 5, max: 12 }, { kind: 'values', values: ['5', '12'] }).isMet,
    ).toBe(false);
  });

  it('meets a pattern case-insensitively on text or any alternative', () => {
    const pattern: ParameterRequirementValue = { kind: 'pattern', pattern: '^soic-(8|14)$' };
    expect(checkRequirement({ kind: 'text', value: 'SOIC-14' }, pattern)).toEqual({
      isMet: true,
      reason: 'offered "SOIC-14" matches required pattern /^soic-(8|14)$/',
    });
    expect(checkRequirement({ kind: 'set', values: ['DIP-8', 'SOIC-8'] }, pattern).isMet).toBe(true);
  });

  it('does not meet a pattern the text does not match, nor an invalid pattern', () => {
    expect(
      checkRequirement({ kind: 'text', value: 'SOIC-16' }, { kind: 'pattern', pattern: '^SOIC-(8|14)$' })
        .isMet,
    ).toBe(false);
    const invalid = checkRequirement({ kind: 'text', value: 'x' }, { kind: 'pattern', pattern: '(' });
    expect(invalid.isMet).toBe(false);
    expect(invalid.reason).toMatch(/not a valid regular expression/);
  });
});
