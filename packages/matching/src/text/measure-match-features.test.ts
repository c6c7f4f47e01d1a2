import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text';
import {
  combineMatchFeatures,
  measureMatchFeatures,
  prepareQueryProfile,
  type MatchFeatures,
} from './measure-match-features';

function measure(query: string, product: string, options: { known?: (term: string) => boolean } = {}) {
  const profile = prepareQueryProfile({
    tokens: analyzeText(query),
    weightOf: () => 1,
    isKnown: options.known ?? (() => true),
  });
  const productTerms = analyzeText(product).map((token) => ({ term: token.term, kind: token.kind }));
  return measureMatchFeatures({ profile, productTerms, nameTermCount: productTerms.length, textScore: 1 });
}

describe('measureMatchFeatures', () => {
  it('prefers the product whose sizes agree with the query', () => {
    const query = 'Анкер забивной М10 12x40';
    const agreeing = measure(query, 'Анкер забивной латунный М10, диаметр 12 мм, длина 40 мм');
    const disagreeing = measure(query, 'Анкер забивной латунный М8, диаметр 10 мм, длина 30 мм');
    expect(agreeing.features.numberAgreement).toBeGreaterThan(disagreeing.features.numberAgreement);
    expect(agreeing.features.codeAgreement).toBe(1);
    expect(disagreeing.features.codeAgreement).toBe(0);
  });

  it('does not count numbers no product has', () => {
    const measured = measure('Болт М10 1шт=36г', 'Болт М10', {
      known: (term) => term !== '36' && term !== '1',
    });
    expect(measured.features.numberAgreement).toBe(1);
  });

  it('matches model numbers written with and without hyphens and colour suffixes', () => {
    expect(measure('sony kdl-40v4100', 'sony bravia kdl40v4100').features.codeAgreement).toBe(1);
    expect(measure('polk psw110bk', 'polk audio psw110 subwoofer').features.codeAgreement).toBe(1);
  });

  it('credits the product naming the same kind of thing first', () => {
    expect(measure('Гайка М10 оцинк', 'Гайки стальные М10').features.headWordAgreement).toBe(1);
    expect(measure('Гайка М10 оцинк', 'Шайбы под гайки М10').features.headWordAgreement).toBe(0);
  });

  it('gives partial coverage for other forms of a word, full for the same stem', () => {
    const sameStem = measure('подшипники', 'подшипник шариковый').features.termCoverage;
    const otherForm = measure('сталь', 'стальной лист').features.termCoverage;
    expect(sameStem).toBe(1);
    expect(otherForm).toBeGreaterThan(0);
    expect(otherForm).toBeLessThan(1);
  });

  it('lists the query words it matched as written', () => {
    const measured = measure('Подшипники шариковые 6204', 'Подшипник 6204 закрытый');
    expect(measured.matchedTerms).toEqual(['подшипники', '6204']);
  });

  it('gives nothing when nothing matches', () => {
    const { features, matchedTerms } = measure('болт', 'краска');
    expect(features.termCoverage).toBe(0);
    expect(features.codeAgreement).toBe(0);
    expect(matchedTerms).toEqual([]);
  });
});

describe('combineMatchFeatures', () => {
  it('weights each feature', () => {
    const features: MatchFeatures = {
      textScore: 1,
      termCoverage: 0.5,
      numberAgreement: 0,
      codeAgreement: 1,
      headWordAgreement: 0,
      gramSimilarity: 0.2,
    };
    const weights: MatchFeatures = {
      ...features,
      textScore: 2,
      termCoverage: 2,
      codeAgreement: 1,
      gramSimilarity: 1,
    };
    expect(combineMatchFeatures(features, weights)).toBeCloseTo(2 + 1 + 1 + 0.2);
  });
});
