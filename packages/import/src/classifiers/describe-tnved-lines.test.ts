import { describe, expect, it } from 'vitest';
import { describeTnvedLines } from './describe-tnved-lines';

const nbsp = '\u00a0';

describe('describeTnvedLines', () => {
  it('counts the leading dashes, whether separated by non-breaking or plain spaces', () => {
    const [first, second, third] = describeTnvedLines('ЛОШАДИ', [
      { code: '0101210000', name: `-${nbsp}-${nbsp}чистопородные` },
      { code: '0101291000', name: '- - - убойные' },
      { code: '0101300000', name: '---  ослы' },
    ]);
    expect([first?.depth, second?.depth, third?.depth]).toEqual([2, 3, 3]);
    expect(third?.name).toBe('ослы');
  });

  it('strips dashes and the trailing colon from the own name', () => {
    const [line] = describeTnvedLines('ЛОШАДИ', [{ code: '', name: '- прочие :' }]);
    expect(line?.name).toBe('прочие');
    expect(line?.fullName).toBe('ЛОШАДИ; прочие');
  });

  it('joins the heading and the open grouping lines above an item, closing groups at the same depth', () => {
    const lines = describeTnvedLines('ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ', [
      { code: '', name: '- лошади:' },
      { code: '0101210000', name: '- - чистопородные племенные животные' },
      { code: '010129', name: '- - прочие:' },
      { code: '0101291000', name: '- - - убойные' },
      { code: '0101300000', name: '- ослы' },
    ]);
    expect(lines.map((line) => line.fullName)).toEqual([
      'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ; лошади',
      'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ; лошади; чистопородные племенные животные',
      'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ; лошади; прочие',
      'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ; лошади; прочие; убойные',
      'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ; ослы',
    ]);
  });

  it('never takes a ten-digit item as the parent of a deeper line, because items are terminal', () => {
    // The real files drop the «- - прочие:» line; the preceding item is its sibling, not the parent.
    const [, slaughter] = describeTnvedLines('ЛОШАДИ', [
      { code: '0101210000', name: '- - чистопородные племенные животные' },
      { code: '0101291000', name: '- - - убойные' },
    ]);
    expect(slaughter?.fullName).toBe('ЛОШАДИ; убойные');
    expect(slaughter?.fullName).not.toContain('чистопородные');
  });

  it('does not repeat a name that equals the heading', () => {
    const [line] = describeTnvedLines('Шелк-сырец', [{ code: '5002000000', name: 'ШЕЛК-СЫРЕЦ' }]);
    expect(line?.fullName).toBe('Шелк-сырец');
  });

  it('describes an item without a heading name by its own name alone', () => {
    const [line] = describeTnvedLines(null, [{ code: '0101300000', name: '- ослы' }]);
    expect(line?.fullName).toBe('ослы');
  });
});
