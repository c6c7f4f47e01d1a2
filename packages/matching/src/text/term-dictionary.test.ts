import { describe, expect, it } from 'vitest';
import { TermDictionary } from './term-dictionary';

describe('TermDictionary', () => {
  it('numbers terms densely in the order they are added', () => {
    const dictionary = new TermDictionary();
    expect(dictionary.add(0, 'болт')).toBe(0);
    expect(dictionary.add(0, 'гайк')).toBe(1);
    expect(dictionary.size).toBe(2);
    expect(dictionary.textOf(1)).toBe('гайк');
  });

  it('keeps the same text in two fields apart', () => {
    const dictionary = new TermDictionary();
    const nameTerm = dictionary.add(0, 'm10');
    const partNumberTerm = dictionary.add(2, 'm10');
    expect(dictionary.find(0, 'm10')).toBe(nameTerm);
    expect(dictionary.find(2, 'm10')).toBe(partNumberTerm);
    expect(dictionary.fieldOf(partNumberTerm)).toBe(2);
    expect(dictionary.find(1, 'm10')).toBe(-1);
  });

  it('finds every term again after growing many times', () => {
    const dictionary = new TermDictionary();
    for (let index = 0; index < 50_000; index += 1) dictionary.add(index % 3, `a${index}z`);
    for (let index = 0; index < 50_000; index += 7)
      expect(dictionary.find(index % 3, `a${index}z`)).toBe(index);
    expect(dictionary.find(0, 'a1z')).toBe(-1);
    expect(dictionary.find(0, '')).toBe(-1);
  });

  it('gives back the text of every term, in any script and of any length', () => {
    const dictionary = new TermDictionary();
    // The last is longer than a page of characters, and the one after it must not overwrite it.
    const texts = ['', 'kdl40v4100', 'выключател', '中文', 'x'.repeat(10_000), 'y'.repeat(40_000), 'z'];
    const termIds = texts.map((text) => dictionary.add(1, text));
    expect(termIds.map((termId) => dictionary.textOf(termId))).toEqual(texts);
    expect(texts.map((text) => dictionary.find(1, text))).toEqual(termIds);
    expect(dictionary.find(1, 'kdl40v410')).toBe(-1);
  });
});
