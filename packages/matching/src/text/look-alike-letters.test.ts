import { describe, expect, it } from 'vitest';
import { detectScript, harmonizeWordScript, mapLookAlikesToLatin } from './look-alike-letters';

describe('mapLookAlikesToLatin', () => {
  it('gives one spelling for a code typed in either script', () => {
    expect(mapLookAlikesToLatin('м10')).toBe('m10');
    expect(mapLookAlikesToLatin('m10')).toBe('m10');
    expect(mapLookAlikesToLatin('кр1006ви1')).toBe('kp1006bи1');
  });
});

describe('harmonizeWordScript', () => {
  it('brings stray Latin letters of a Cyrillic word to Cyrillic', () => {
    expect(harmonizeWordScript('cталь')).toBe('сталь');
  });

  it('brings stray Cyrillic letters of a Latin word to Latin', () => {
    expect(harmonizeWordScript('sоny')).toBe('sony');
  });

  it('does not change a mixed word when a stray letter has no twin', () => {
    expect(harmonizeWordScript('ввгнгls')).toBe('ввгнгls');
  });

  it('does not change words of one script', () => {
    expect(harmonizeWordScript('анкер')).toBe('анкер');
    expect(harmonizeWordScript('switch')).toBe('switch');
  });
});

describe('detectScript', () => {
  it('tells Cyrillic, Latin and neither apart', () => {
    expect(detectScript('болт')).toBe('cyrillic');
    expect(detectScript('bolt')).toBe('latin');
    expect(detectScript('123')).toBe('none');
  });
});
