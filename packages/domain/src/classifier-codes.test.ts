import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import {
  assertWellFormedCode,
  classifierSystems,
  hsSubheadingOfTnved,
  isWellFormedCode,
  isWellFormedOkpd2Code,
  isWellFormedTnvedCode,
  normalizeClassifierCode,
  normalizeOkpd2Code,
  normalizeTnvedCode,
  okpd2Level,
  okpd2Parent,
  sharedCodePrefixLevel,
  tnvedLevel,
  tnvedParent,
} from './classifier-codes';

function caught(action: () => void): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError to be thrown');
}

describe('classifier systems', () => {
  it('lists TN VED, OKPD2 and HS', () => {
    expect(classifierSystems).toEqual(['tnved', 'okpd2', 'hs']);
  });
});

describe('TN VED codes', () => {
  it('normalises grouped digits by dropping spaces, dots and dashes', () => {
    expect(normalizeTnvedCode('8542 31 900 0')).toBe('8542319000');
    expect(normalizeTnvedCode('8542.31.900.0')).toBe('8542319000');
    expect(normalizeTnvedCode('8542-31-900-0')).toBe('8542319000');
    expect(normalizeTnvedCode(' 8542 ')).toBe('8542');
  });

  it('restores the leading zero a spreadsheet drops from chapters 01..09', () => {
    expect(normalizeTnvedCode('101210000')).toBe('0101210000');
    expect(normalizeTnvedCode('10121')).toBe('010121');
    expect(normalizeTnvedCode('101')).toBe('0101');
  });

  it('does not pad codes whose length is already valid or cannot become valid', () => {
    expect(normalizeTnvedCode('8542319000')).toBe('8542319000');
    expect(normalizeTnvedCode('85423190')).toBe('85423190');
  });

  it('returns null for text that is not digits', () => {
    expect(normalizeTnvedCode('8542A')).toBeNull();
    expect(normalizeTnvedCode('XVI')).toBeNull();
    expect(normalizeTnvedCode('')).toBeNull();
    expect(normalizeTnvedCode(' - ')).toBeNull();
  });

  it('accepts chapters, headings, subheadings and 10-digit items as well-formed', () => {
    for (const code of ['85', '8542', '854231', '8542319000']) {
      expect(isWellFormedTnvedCode(code)).toBe(true);
    }
  });

  it('rejects other lengths, separators and letters as not well-formed', () => {
    for (const code of ['8', '854', '85423190', '854231900', '85423190001', '8542 31', 'XVI', '']) {
      expect(isWellFormedTnvedCode(code)).toBe(false);
    }
  });

  it('names the level of a code, recognising Roman-numeral sections', () => {
    expect(tnvedLevel('8542319000')).toBe('item');
    expect(tnvedLevel('854231')).toBe('subheading');
    expect(tnvedLevel('8542')).toBe('heading');
    expect(tnvedLevel('85')).toBe('chapter');
    expect(tnvedLevel('XVI')).toBe('section');
    expect(tnvedLevel('XXI')).toBe('section');
  });

  it('gives no level to malformed codes or Roman numerals beyond XXI', () => {
    expect(tnvedLevel('854231900')).toBeNull();
    expect(tnvedLevel('XXII')).toBeNull();
    expect(tnvedLevel('IIII')).toBeNull();
    expect(tnvedLevel('xvi')).toBeNull();
  });

  it('walks up from item to subheading, heading and chapter, and stops there', () => {
    expect(tnvedParent('8542319000')).toBe('854231');
    expect(tnvedParent('854231')).toBe('8542');
    expect(tnvedParent('8542')).toBe('85');
    expect(tnvedParent('85')).toBeNull();
    expect(tnvedParent('XVI')).toBeNull();
    expect(tnvedParent('85423190')).toBeNull();
  });

  it('derives the HS subheading from the first six digits', () => {
    expect(hsSubheadingOfTnved('8542319000')).toBe('854231');
    expect(hsSubheadingOfTnved('8542 31 900 0')).toBe('854231');
    expect(hsSubheadingOfTnved('854231')).toBe('854231');
  });

  it('has no HS subheading for chapters, headings or malformed codes', () => {
    expect(hsSubheadingOfTnved('8542')).toBeNull();
    expect(hsSubheadingOfTnved('85423190')).toBeNull();
    expect(hsSubheadingOfTnved('abc')).toBeNull();
  });
});

describe('OKPD2 codes', () => {
  it('accepts every level of the dotted hierarchy and section letters', () => {
    for (const code of ['C', '26', '26.1', '26.11', '26.11.3', '26.11.30', '26.11.30.000', '01.11.11.110']) {
      expect(isWellFormedOkpd2Code(code)).toBe(true);
    }
  });

  it('rejects malformed dotted codes and letters outside A..U', () => {
    for (const code of [
      '2',
      '261',
      '26.111',
      '26.11.30.00',
      '26.11.30.0000',
      '26..11',
      'V',
      'c',
      '26 11',
      '',
    ]) {
      expect(isWellFormedOkpd2Code(code)).toBe(false);
    }
  });

  it('names the level, telling a category (ending in 0) from a subcategory', () => {
    expect(okpd2Level('C')).toBe('section');
    expect(okpd2Level('26')).toBe('class');
    expect(okpd2Level('26.1')).toBe('subclass');
    expect(okpd2Level('26.11')).toBe('group');
    expect(okpd2Level('26.11.3')).toBe('subgroup');
    expect(okpd2Level('26.11.30')).toBe('type');
    expect(okpd2Level('26.11.30.000')).toBe('category');
    expect(okpd2Level('28.30.31.120')).toBe('category');
    expect(okpd2Level('28.30.31.125')).toBe('subcategory');
  });

  it('walks up 26.11.30.000 → 26.11.30 → 26.11.3 → 26.11 → 26.1 → 26 and stops', () => {
    const lineage: string[] = [];
    for (let code: string | null = '26.11.30.000'; code !== null; code = okpd2Parent(code))
      lineage.push(code);
    expect(lineage).toEqual(['26.11.30.000', '26.11.30', '26.11.3', '26.11', '26.1', '26']);
  });

  it('puts a subcategory under its category', () => {
    expect(okpd2Parent('28.30.31.125')).toBe('28.30.31.120');
    expect(okpd2Parent('28.30.31.120')).toBe('28.30.31');
  });

  it('gives no parent to sections or malformed codes', () => {
    expect(okpd2Parent('C')).toBeNull();
    expect(okpd2Parent('26.111')).toBeNull();
  });

  it('normalises spaces, decimal commas, lost leading zeros and undotted digits', () => {
    expect(normalizeOkpd2Code(' 26.11.30.000 ')).toBe('26.11.30.000');
    expect(normalizeOkpd2Code('26,11')).toBe('26.11');
    expect(normalizeOkpd2Code('1.11.11.110')).toBe('01.11.11.110');
    expect(normalizeOkpd2Code('261130000')).toBe('26.11.30.000');
    expect(normalizeOkpd2Code('26113')).toBe('26.11.3');
    expect(normalizeOkpd2Code('2611')).toBe('26.11');
  });

  it('normalises a section letter typed in Cyrillic or lowercase to the Latin capital', () => {
    expect(normalizeOkpd2Code('С')).toBe('C'); // Cyrillic Es
    expect(normalizeOkpd2Code('c')).toBe('C');
  });

  it('returns null for text that cannot be an OKPD2 code', () => {
    expect(normalizeOkpd2Code('26.11a')).toBeNull();
    expect(normalizeOkpd2Code('Ж')).toBeNull();
    expect(normalizeOkpd2Code('V')).toBeNull();
    expect(normalizeOkpd2Code('26113000')).toBeNull(); // 8 digits cannot be split unambiguously
    expect(normalizeOkpd2Code('')).toBeNull();
  });
});

describe('sharedCodePrefixLevel', () => {
  it('reports how deep two TN VED codes agree', () => {
    expect(sharedCodePrefixLevel('tnved', '8542319000', '8542319000')).toBe('item');
    expect(sharedCodePrefixLevel('tnved', '8542319000', '8542319001')).toBe('subheading');
    expect(sharedCodePrefixLevel('tnved', '8542319000', '8542329000')).toBe('heading');
    expect(sharedCodePrefixLevel('tnved', '8542319000', '8541100000')).toBe('chapter');
    expect(sharedCodePrefixLevel('tnved', '8542319000', '8471300000')).toBeNull();
  });

  it('never reports more than the shorter TN VED code states', () => {
    expect(sharedCodePrefixLevel('tnved', '8542', '8542319000')).toBe('heading');
    expect(sharedCodePrefixLevel('tnved', '85', '85')).toBe('chapter');
  });

  it('normalises TN VED input and returns null for malformed codes', () => {
    expect(sharedCodePrefixLevel('tnved', '8542 31 900 0', '8542.31.900.0')).toBe('item');
    expect(sharedCodePrefixLevel('tnved', '85423190', '8542319000')).toBeNull();
    expect(sharedCodePrefixLevel('tnved', 'XVI', 'XVI')).toBeNull();
  });

  it('compares HS codes up to the subheading', () => {
    expect(sharedCodePrefixLevel('hs', '854231', '854231')).toBe('subheading');
    expect(sharedCodePrefixLevel('hs', '854231', '854239')).toBe('heading');
    expect(sharedCodePrefixLevel('hs', '8542319000', '854231')).toBeNull();
  });

  it('counts the shared OKPD2 levels from the class down', () => {
    expect(sharedCodePrefixLevel('okpd2', '26.11.30.000', '26.11.30.000')).toBe(6);
    expect(sharedCodePrefixLevel('okpd2', '28.30.31.125', '28.30.31.125')).toBe(7);
    expect(sharedCodePrefixLevel('okpd2', '28.30.31.125', '28.30.31.126')).toBe(6);
    expect(sharedCodePrefixLevel('okpd2', '26.11.30.000', '26.11.31.000')).toBe(4);
    expect(sharedCodePrefixLevel('okpd2', '26.11.30.000', '26.11.22.000')).toBe(3);
    expect(sharedCodePrefixLevel('okpd2', '26.11.30.000', '26.12.10.000')).toBe(2);
    expect(sharedCodePrefixLevel('okpd2', '26.11.30.000', '26.20.11.110')).toBe(1);
    expect(sharedCodePrefixLevel('okpd2', '26.11.30.000', '26.11')).toBe(3);
  });

  it('finds nothing shared between different OKPD2 classes, sections or malformed codes', () => {
    expect(sharedCodePrefixLevel('okpd2', '26.11.30.000', '27.11.30.000')).toBeNull();
    expect(sharedCodePrefixLevel('okpd2', 'C', 'C')).toBeNull();
    expect(sharedCodePrefixLevel('okpd2', '26.111', '26.11')).toBeNull();
  });

  it('normalises OKPD2 input before comparing', () => {
    expect(sharedCodePrefixLevel('okpd2', '261130000', '26.11.30.000')).toBe(6);
  });
});

describe('codes across systems', () => {
  it('normalises and checks by system', () => {
    expect(normalizeClassifierCode('tnved', '8542 31')).toBe('854231');
    expect(normalizeClassifierCode('okpd2', '26,11')).toBe('26.11');
    expect(isWellFormedCode('hs', '854231')).toBe(true);
    expect(isWellFormedCode('hs', '8542319000')).toBe(false);
    expect(isWellFormedCode('okpd2', '26.11')).toBe(true);
    expect(isWellFormedCode('tnved', '26.11')).toBe(false);
  });

  it('passes silently for well-formed codes', () => {
    expect(() => assertWellFormedCode('tnved', '8542319000', 'tnved')).not.toThrow();
    expect(() => assertWellFormedCode('okpd2', '26.11.30.000', 'okpd2')).not.toThrow();
  });

  it('throws validation_failed naming the field, value and reason for a malformed code', () => {
    const error = caught(() => assertWellFormedCode('tnved', '85423190', 'tnved'));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toMatchObject({ field: 'tnved', value: '85423190' });
    expect((error.details as { reason: string }).reason).toMatch(/10 digits/);
  });

  it('suggests the canonical form when only the separators are wrong, and does not accept it as is', () => {
    const error = caught(() => assertWellFormedCode('tnved', '8542 31 900 0', 'lines[3].tnved'));
    expect(error.details).toMatchObject({ field: 'lines[3].tnved', value: '8542 31 900 0' });
    expect((error.details as { reason: string }).reason).toMatch(/write it as 8542319000/);
  });
});
