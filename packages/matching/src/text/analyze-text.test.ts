import { describe, expect, it } from 'vitest';
import { analyzeText, baseOfCode } from './analyze-text';

function termsOf(text: string): string[] {
  return analyzeText(text).map((token) => token.term);
}

describe('analyzeText', () => {
  it('gives one term for grammatical forms of a word', () => {
    expect(termsOf('подшипники')).toEqual(termsOf('подшипник'));
    expect(termsOf('гайки')).toEqual(termsOf('гайка'));
    expect(termsOf('speakers')).toEqual(termsOf('speaker'));
  });

  it('stems each word by its script', () => {
    expect(termsOf('кабельные cameras')).toEqual(['кабельн', 'camera']);
  });

  it('drops Russian and English stop words', () => {
    expect(termsOf('для и с из в на the for with of')).toEqual([]);
  });

  it('writes out catalog abbreviations', () => {
    expect(termsOf('оцинк')).toEqual(termsOf('оцинкованный'));
    expect(termsOf('нерж')).toEqual(termsOf('нержавеющий'));
    expect(termsOf('d')).toEqual(termsOf('диаметр'));
    expect(termsOf('диам')).toEqual(termsOf('диаметр'));
    expect(termsOf('Ø')).toEqual(termsOf('диаметр'));
    expect(termsOf('Ду')).toEqual(termsOf('номинальный диаметр'));
  });

  it('keeps the word as written for explanations', () => {
    expect(analyzeText('Подшипники').map((token) => token.display)).toEqual(['подшипники']);
  });

  it('yields the thread, the sizes and the words of a fastener name', () => {
    const terms = termsOf('Анкер забивной М10 DRM 12x40 сталь');
    expect(terms).toEqual(expect.arrayContaining(['анкер', 'm10', '10', '12', '40', '12x40', 'drm']));
  });

  it('adds the base of a model code without its colour suffix', () => {
    expect(termsOf('psw110bk')).toEqual(expect.arrayContaining(['psw110bk', 'psw110']));
    expect(termsOf('psw110')).toContain('psw110');
  });

  it('drops lone letters that are no abbreviation', () => {
    expect(termsOf('м с б')).toEqual([]);
  });

  it('marks cut words and keeps the dot in their display', () => {
    const [token] = analyzeText('выкл.');
    expect(token?.isAbbreviated).toBe(true);
    expect(token?.display).toBe('выкл.');
  });

  it('analyses the same text the same way when its chunks come from the cache', () => {
    const text = 'Кабель ВВГнг(А)-LS 3х2,5 мм 100 м';
    expect(analyzeText(text)).toEqual(analyzeText(text));
  });
});

describe('baseOfCode', () => {
  it('strips a short letter suffix from a model number', () => {
    expect(baseOfCode('kdl19m4000s')).toBe('kdl19m4000');
    expect(baseOfCode('ip47br')).toBe('ip47');
  });

  it('does not shorten codes into something unspecific', () => {
    expect(baseOfCode('m10')).toBeNull();
    expect(baseOfCode('50d')).toBeNull();
    expect(baseOfCode('2x2.5ok')).toBeNull();
  });
});
