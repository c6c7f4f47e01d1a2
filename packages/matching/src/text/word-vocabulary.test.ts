import { describe, expect, it } from 'vitest';
import { WordVocabulary } from './word-vocabulary';

function vocabularyOf(words: string[]): WordVocabulary {
  const vocabulary = new WordVocabulary();
  for (const word of words) vocabulary.register(word);
  return vocabulary;
}

function variantWords(vocabulary: WordVocabulary, options: Parameters<WordVocabulary['findVariants']>[0]) {
  return vocabulary.findVariants(options).map((variant) => variant.word);
}

describe('WordVocabulary', () => {
  it('finds other forms whose stem extends or is extended by the word', () => {
    const vocabulary = vocabularyOf(['стальн', 'стал', 'полиэтиленов', 'болт']);
    expect(variantWords(vocabulary, { word: 'стал' })).toEqual(['стальн']);
    expect(variantWords(vocabulary, { word: 'полиэтил' })).toEqual(['полиэтиленов']);
  });

  it('does not take a much shorter word for another form of a long one', () => {
    const vocabulary = vocabularyOf(['диск', 'дискретн', 'труб', 'трубопровод']);
    expect(variantWords(vocabulary, { word: 'дискретн' })).not.toContain('диск');
    expect(variantWords(vocabulary, { word: 'диск' })).not.toContain('дискретн');
    expect(variantWords(vocabulary, { word: 'трубопровод' })).not.toContain('труб');
  });

  it('completes a cut word, most frequent first', () => {
    const vocabulary = vocabularyOf(['выключател', 'выключен', 'выкрутк', 'клапа']);
    const frequency: Record<string, number> = { выкрутк: 100, выключател: 50, выключен: 2 };
    expect(
      variantWords(vocabulary, {
        word: 'вык',
        abbreviation: 'вык',
        frequencyOf: (word) => frequency[word] ?? 0,
      }),
    ).toEqual(['выкрутк', 'выключател', 'выключен']);
  });

  it('does not complete a word that was not cut', () => {
    const vocabulary = vocabularyOf(['выключател']);
    expect(variantWords(vocabulary, { word: 'выкл' })).toEqual([]);
  });

  it('finds spellings that share most character 3-grams', () => {
    const vocabulary = vocabularyOf(['одноклавишн', 'шпатлевочн', 'кабел']);
    expect(variantWords(vocabulary, { word: 'клавишн' })).toContain('одноклавишн');
    expect(variantWords(vocabulary, { word: 'шпатлевк' })).toContain('шпатлевочн');
  });

  it('does not offer unrelated words or the word itself', () => {
    const vocabulary = vocabularyOf(['труб', 'трубопровод', 'кран', 'краск']);
    expect(variantWords(vocabulary, { word: 'труб' })).toEqual([]);
    expect(variantWords(vocabulary, { word: 'кран' })).toEqual([]);
  });

  it('registers a word once', () => {
    const vocabulary = vocabularyOf(['болт', 'болт', 'гайк']);
    expect(vocabulary.size).toBe(2);
    expect(vocabulary.has('болт')).toBe(true);
  });
});
