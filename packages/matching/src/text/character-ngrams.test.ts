import { describe, expect, it } from 'vitest';
import { buildCharacterNgrams } from './character-ngrams';

describe('buildCharacterNgrams', () => {
  it('marks word boundaries', () => {
    expect(buildCharacterNgrams('болт')).toEqual(['^бо', 'бол', 'олт', 'лт$']);
  });

  it('gives a short term itself, marked', () => {
    expect(buildCharacterNgrams('m')).toEqual(['^m$']);
  });

  it('lists a repeated gram once', () => {
    expect(buildCharacterNgrams('аааа')).toEqual(['^аа', 'ааа', 'аа$']);
  });
});
