import { describe, expect, it } from 'vitest';
import { toSectionCode } from './to-section-code';

describe('toSectionCode', () => {
  it('turns the section numbers of the customs files into Roman numerals', () => {
    expect(['01', '4', '09', '14', '16', '19', '21', '22'].map(toSectionCode)).toEqual([
      'I',
      'IV',
      'IX',
      'XIV',
      'XVI',
      'XIX',
      'XXI',
      'XXII',
    ]);
  });

  it('keeps a Roman numeral as it is', () => {
    expect(toSectionCode(' xvi ')).toBe('XVI');
  });

  it('refuses zero, words and numbers beyond any section', () => {
    expect([toSectionCode('00'), toSectionCode('FIFA'), toSectionCode('40')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
