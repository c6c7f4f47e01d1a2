import { describe, expect, it } from 'vitest';
import { isUnionCountry, resolveCountryCode } from './countries';

describe('countries', () => {
  it('resolves ISO codes and Russian or English names', () => {
    expect(resolveCountryCode('de')).toBe('DE');
    expect(resolveCountryCode('Германия')).toBe('DE');
    expect(resolveCountryCode('Республика Беларусь')).toBe('BY');
    expect(resolveCountryCode('USA')).toBe('US');
    expect(resolveCountryCode(' Japan ')).toBe('JP');
  });

  it('does not guess a country it does not know', () => {
    expect(resolveCountryCode('Атлантида')).toBeUndefined();
    expect(resolveCountryCode('')).toBeUndefined();
  });

  it('accepts the EAEU members as union countries and nobody else', () => {
    expect(['BY', 'RU', 'AM', 'KZ', 'KG'].every(isUnionCountry)).toBe(true);
    expect(isUnionCountry('DE')).toBe(false);
  });
});
