import { describe, expect, it } from 'vitest';
import {
  parseCriticality,
  parseDate,
  parseDecimal,
  parseProductStatus,
  parseWholeNumber,
} from './cell-parsers';

describe('cell parsers', () => {
  it('reads numbers with spaces as thousands separators and a decimal comma', () => {
    expect(parseDecimal('1 000,5')).toEqual({ value: 1000.5 });
    expect(parseDecimal('12\u00a0000')).toEqual({ value: 12000 });
    expect(parseDecimal('−5')).toEqual({ value: -5 });
    expect(parseDecimal('4.5')).toEqual({ value: 4.5 });
  });

  it('does not read text or two decimal marks as a number', () => {
    expect(parseDecimal('много')).toHaveProperty('reason');
    expect(parseDecimal('1,000.5')).toHaveProperty('reason');
    expect(parseWholeNumber('2,5')).toEqual({ reason: 'must be a whole number' });
  });

  it('reads ISO and Russian dates and rejects impossible ones', () => {
    expect(parseDate('2027-03-01')).toEqual({ value: '2027-03-01' });
    expect(parseDate('01.03.2027')).toEqual({ value: '2027-03-01' });
    expect(parseDate('31.02.2027')).toEqual({ reason: 'no such date' });
    expect(parseDate('весна 2027')).toHaveProperty('reason');
  });

  it('understands criticality and status in Russian and English', () => {
    expect(parseCriticality('Остановка производства')).toEqual({ value: 'production_stop' });
    expect(parseCriticality('production-stop')).toEqual({ value: 'production_stop' });
    expect(parseCriticality('high')).toEqual({ value: 'high' });
    expect(parseCriticality('срочно-срочно')).toHaveProperty('reason');
    expect(parseProductStatus('Снят с производства')).toEqual({ value: 'discontinued' });
  });
});
