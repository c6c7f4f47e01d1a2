import { describe, expect, it } from 'vitest';
import { tokenizeText, type TokenKind } from './tokenize-text';

function tokensOf(text: string): string[] {
  return tokenizeText(text).map((token) => `${token.text}:${token.kind}`);
}

function textsOf(text: string, kind: TokenKind): string[] {
  return tokenizeText(text)
    .filter((token) => token.kind === kind)
    .map((token) => token.text);
}

describe('tokenizeText', () => {
  it('splits a typical fastener name into words, the thread code, numbers and the dimension', () => {
    const tokens = tokensOf('Анкер забивной М10 DRM 12x40 сталь');
    expect(tokens).toEqual(
      expect.arrayContaining([
        'анкер:word',
        'забивной:word',
        'm10:code',
        '10:number',
        '12:number',
        '40:number',
      ]),
    );
    expect(tokens).toContain('12x40:dimension');
    expect(tokens).toContain('сталь:word');
  });

  it('gives the same code for Cyrillic and Latin look-alike letters', () => {
    expect(textsOf('М10', 'code')).toEqual(['m10']);
    expect(textsOf('M10', 'code')).toEqual(['m10']);
  });

  it('reads decimal commas and every dimension separator', () => {
    expect(textsOf('4,5х60', 'number')).toEqual(['4.5', '60']);
    expect(textsOf('35х7,5', 'number')).toEqual(['35', '7.5']);
    expect(textsOf('7*0,75', 'dimension')).toEqual(['7x0.75']);
    expect(textsOf('3×2,5', 'dimension')).toEqual(['3x2.5']);
  });

  it('writes numbers canonically', () => {
    expect(textsOf('L=1,0', 'number')).toEqual(['1']);
    expect(textsOf('1,00м 0,50 007', 'number')).toEqual(['1', '0.5', '7']);
  });

  it('splits a number glued to a unit and keeps both', () => {
    expect(tokensOf('100см')).toEqual(['100:number', 'см:unit']);
    expect(tokensOf('2,5мм2')).toEqual(['2.5:number', 'мм2:unit']);
  });

  it('reads a unit word after a number as a unit, and not elsewhere', () => {
    expect(tokensOf('30 метров')).toEqual(['30:number', 'м:unit']);
    expect(tokensOf('мм')).toEqual(['мм:word']);
  });

  it('does not read the last letter of a code as a unit', () => {
    expect(tokensOf('11с67п')).toContain('11c67п:code');
    expect(textsOf('11с67п', 'unit')).toEqual([]);
  });

  it('joins a hyphenated model number and keeps its pieces', () => {
    const codes = textsOf('sony kdl-40v4100', 'code');
    expect(codes).toContain('kdl40v4100');
    expect(textsOf('sony kdl-40v4100', 'number')).toEqual(['40', '4100']);
  });

  it('splits a thread by length at the «x» into the thread code and the length', () => {
    expect(textsOf('Болт М10х50', 'code')).toEqual(['m10x50', 'm10']);
    expect(textsOf('Болт М10х50', 'dimension')).toEqual(['10x50']);
  });

  it('keeps long digit groups as article numbers, leading zeros and all', () => {
    expect(tokensOf('2105859')).toEqual(['2105859:code']);
    expect(textsOf('garmin 010-00715-20', 'code')).toEqual(['0100071520']);
  });

  it('joins short letter groups around a slash into one abbreviation', () => {
    expect(textsOf('Лист г/к', 'word')).toEqual(['лист', 'гк']);
  });

  it('marks a word cut short with a dot, and not a whole word or a decimal', () => {
    const tokens = tokenizeText('Выкл. авт 2.5');
    expect(tokens.find((token) => token.text === 'выкл')?.isAbbreviated).toBe(true);
    expect(tokens.find((token) => token.text === 'авт')?.isAbbreviated).toBeUndefined();
    expect(textsOf('Выкл. авт 2.5', 'number')).toEqual(['2.5']);
  });

  it('numbers chunks by position', () => {
    expect(tokenizeText('Болт М10 оцинк').map((token) => token.position)).toEqual([0, 1, 1, 1, 2]);
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenizeText(' -- , ; ... ')).toEqual([]);
  });
});
