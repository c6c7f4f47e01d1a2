import { describe, expect, it } from 'vitest';
import { toIsoDate } from './to-iso-date';

describe('toIsoDate', () => {
  it('reads dd.mm.yyyy, yyyy-mm-dd and midnight timestamps', () => {
    expect(toIsoDate('23.08.2012')).toBe('2012-08-23');
    expect(toIsoDate('2022-06-24')).toBe('2022-06-24');
    expect(toIsoDate('2022-06-24T00:00:00Z')).toBe('2022-06-24');
  });

  it('keeps the written day of a timestamp with an offset instead of shifting it to UTC', () => {
    expect(toIsoDate('2022-01-01T00:00:00+03:00')).toBe('2022-01-01');
  });

  it('treats blank as no date', () => {
    expect([toIsoDate(''), toIsoDate('  '), toIsoDate(null), toIsoDate(undefined)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('does not accept impossible or unknown dates', () => {
    expect([
      toIsoDate('31.02.2022'),
      toIsoDate('2022-13-01'),
      toIsoDate('1.1.2022'),
      toIsoDate('soon'),
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
