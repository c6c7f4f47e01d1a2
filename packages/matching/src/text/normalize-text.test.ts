import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it('lower-cases and writes ё as е', () => {
    expect(normalizeText('ЁРШ Жёсткий')).toBe('ерш жесткий');
  });

  it('turns a decimal comma between digits into a dot', () => {
    expect(normalizeText('Стержень 15,0мм 1,00м')).toBe('стержень 15.0мм 1.00м');
  });

  it('does not treat a comma followed by a space as a decimal comma', () => {
    expect(normalizeText('болт, 10 шт')).toBe('болт, 10 шт');
  });

  it('writes every dimension separator between numbers as «x», spaces around it removed', () => {
    expect(normalizeText('12х40 7*0,75 3×2.5 12 х 40 12x40')).toBe('12x40 7x0.75 3x2.5 12x40 12x40');
  });

  it('leaves «х» and «x» inside words alone', () => {
    expect(normalizeText('Хомут xbox 10 х')).toBe('хомут xbox 10 х');
  });

  it('unifies dashes, the unicode minus, quotes and unusual spaces', () => {
    expect(normalizeText('A–B—C−D «Профи»\u00a0“x”')).toBe('a-b-c-d "профи" "x"');
  });

  it('handles long texts', () => {
    const text = 'Кабель 2,5 мм '.repeat(3000);
    expect(normalizeText(text)).toBe('кабель 2.5 мм '.repeat(3000));
  });
});
