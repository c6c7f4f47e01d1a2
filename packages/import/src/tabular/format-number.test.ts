import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number';

describe('formatNumber', () => {
  it('removes floating-point noise without locale formatting', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(4.5)).toBe('4.5');
    expect(formatNumber(1234567.25)).toBe('1234567.25');
  });

  it('does not round or group integers', () => {
    expect(formatNumber(101210000)).toBe('101210000');
    expect(formatNumber(2 ** 53 + 2)).toBe('9007199254740994');
    expect(formatNumber(-42)).toBe('-42');
  });
});
