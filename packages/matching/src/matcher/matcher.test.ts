import { createTextIndex } from '../text/text-index';
import { describe, expect, it } from 'vitest';
import { catalogItem as product } from './catalog-item.fixture';
import { Matcher, type TextRetriever } from './matcher';

/** A deliberately plain retriever (shared lower-case words) so these tests exercise the scoring, not the text index. */
class WordOverlapRetriever implements TextRetriever {
  private readonly documents = new Map<number, Set<string>>();
  add(id: number, fields: { name: string; nameEn?: string; description?: string }): void {
    this.documents.set(id, words(`${fields.name} ${fields.nameEn ?? ''} ${fields.description ?? ''}`));
  }
  remove(id: number): void {
    this.documents.delete(id);
  }
  search(query: { text: string }, options: { limit: number }) {
    const wanted = words(query.text);
    return [...this.documents]
      .map(([id, document]) => {
        const matchedTerms = [...wanted].filter((word) => document.has(word));
        return { id, score: matchedTerms.length, matchedTerms };
      })
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, options.limit);
  }
}

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 1),
  );
}

const today = '2027-01-01';

describe('Matcher', () => {
  it('ranks a product whose range covers the requirement above one whose range falls short, and says why', () => {
    const matcher = new Matcher(new WordOverlapRetriever());
    matcher.upsert(
      product({
        key: 'narrow',
        name: 'Операционный усилитель 140УД6А',
        parameters: [
          { name: 'Диапазон рабочих температур', value: { kind: 'range', min: -40, max: 85, unit: 'degC' } },
        ],
      }),
    );
    matcher.upsert(
      product({
        key: 'wide',
        name: 'Операционный усилитель 140УД7',
        parameters: [
          { name: 'Температура эксплуатации', value: { kind: 'range', min: -60, max: 125, unit: 'degC' } },
        ],
      }),
    );
    const [first, second] = matcher.match(
      {
        name: 'Операционный усилитель',
        requirements: [
          { name: 'Рабочая температура', requirement: { kind: 'range', min: -60, max: 125, unit: 'degC' } },
        ],
      },
      { limit: 10, today },
    );
    expect(first?.key).toBe('wide');
    expect(first?.failed).toEqual([]);
    expect(second?.key).toBe('narrow');
    expect(second?.failed).toHaveLength(1);
    expect(second?.failed[0]).toMatch(/температура/i);
    expect(second?.summary).toMatch(/fails: /);
  });

  it('reads a requirement from the product name when no parameter column states it', () => {
    const matcher = new Matcher(new WordOverlapRetriever());
    matcher.upsert(product({ key: 'text', name: 'Стабилизатор напряжения 1158ЕН5, 4.5-5.5V, SOIC-8' }));
    const [candidate] = matcher.match(
      {
        name: 'Стабилизатор напряжения',
        requirements: [{ name: 'Корпус', requirement: { kind: 'values', values: ['SOIC-8'] } }],
      },
      { limit: 5, today },
    );
    expect(candidate?.explanation.parameters?.verdicts[0]).toMatchObject({
      isMet: true,
      offeredAs: 'корпус (из текста)',
    });
  });

  it('finds a part by its family and never by a look-alike number of another family', () => {
    const matcher = new Matcher(new WordOverlapRetriever());
    matcher.upsert(product({ key: 'lm358n', name: 'Сдвоенный ОУ', partNumber: 'LM358N' }));
    matcher.upsert(product({ key: 'lm35', name: 'Датчик температуры', partNumber: 'LM35DZ' }));
    const results = matcher.match({ name: 'Микросхема', partNumber: 'LM358DR' }, { limit: 10, today });
    expect(results.map((result) => result.key)).toEqual(['lm358n']);
    expect(results[0]?.explanation.partNumber).toMatchObject({ agreement: 'family', offered: 'LM358N' });
  });

  it('finds the supplier of a domestic analogue of a foreign part and names the analogue and its grade', () => {
    const matcher = new Matcher(new WordOverlapRetriever());
    matcher.addAnalogue({
      foreignPart: 'NE555',
      foreignManufacturer: 'Texas Instruments',
      domesticPart: 'КР1006ВИ1',
      domesticManufacturer: 'Интеграл',
      grade: 'drop-in',
      source: 'справочник',
    });
    matcher.upsert(product({ key: 'timer', name: 'Микросхема таймера КР1006ВИ1', country: 'BY' }));
    const [candidate] = matcher.match(
      { name: 'Таймер', partNumber: 'NE555P', buyerCountry: 'RU' },
      { limit: 5, today },
    );
    expect(candidate?.key).toBe('timer');
    expect(candidate?.explanation.analogue).toMatchObject({ analogue: 'КР1006ВИ1', grade: 'drop-in' });
    expect(candidate?.explanation.country.isCounterpart).toBe(true);
  });

  it('fails an analogue of a weaker grade when a drop-in replacement is required', () => {
    const matcher = new Matcher(new WordOverlapRetriever());
    matcher.addAnalogue({
      foreignPart: 'STM32F103C8T6',
      foreignManufacturer: 'STMicroelectronics',
      domesticPart: '1986ВЕ92У',
      domesticManufacturer: 'Миландр',
      grade: 'functional',
      source: null,
    });
    matcher.upsert(product({ key: 'mcu', name: 'Микроконтроллер 1986ВЕ92У' }));
    const [candidate] = matcher.match(
      { name: 'Микроконтроллер', partNumber: 'STM32F103C8T6', minimumAnalogueGrade: 'drop-in' },
      { limit: 5, today },
    );
    expect(candidate?.failed).toEqual([
      expect.stringContaining('functional analogue of STM32F103C8T6, drop-in required'),
    ]);
    expect(candidate?.explanation.analogue?.score).toBe(0);
  });

  it('gives little weight to a text hit that shares only a number with the query', () => {
    const matcher = new Matcher(createTextIndex());
    matcher.upsert(product({ key: 'auger', name: 'Шнек жатки 6 м в сборе' }));
    matcher.upsert(product({ key: 'relay', name: 'Реле промежуточное 24 В' }));
    const results = matcher.match({ name: 'Реле времени 6 А' }, { limit: 10, today });
    expect(results[0]?.key).toBe('relay');
    const auger = results.find((result) => result.key === 'auger');
    expect(auger?.explanation.text?.coverage).toBe(0);
    expect(auger?.explanation.text?.score ?? 0).toBeLessThanOrEqual(0.25);
  });

  it('scores TN VED agreement by depth and keeps products without codes', () => {
    const matcher = new Matcher(new WordOverlapRetriever());
    matcher.upsert(product({ key: 'same-item', name: 'Подшипник шариковый', tnved: '8482109008' }));
    matcher.upsert(product({ key: 'same-heading', name: 'Подшипник шариковый', tnved: '8482200009' }));
    matcher.upsert(product({ key: 'no-code', name: 'Подшипник шариковый' }));
    const results = matcher.match({ name: 'Подшипник шариковый', tnved: '8482109008' }, { limit: 10, today });
    const byKey = new Map(results.map((result) => [result.key, result]));
    expect(byKey.get('same-item')?.explanation.classification).toMatchObject({ level: 'item', score: 1 });
    expect(byKey.get('same-heading')?.explanation.classification).toMatchObject({ level: 'heading' });
    expect(byKey.has('no-code')).toBe(true);
    expect(results[0]?.key).toBe('same-item');
  });

  it('reports the share of the yearly quantity a supplier can cover, after unit conversion', () => {
    const matcher = new Matcher(new WordOverlapRetriever());
    matcher.upsert(product({ key: 'small', name: 'Лист стальной', capacityPerYear: 400, capacityUnit: 't' }));
    const [candidate] = matcher.match(
      { name: 'Лист стальной', quantityPerYear: 1_000_000, quantityUnit: 'kg' },
      { limit: 5, today },
    );
    expect(candidate?.explanation.capacity).toMatchObject({ share: 0.4, offeredPerYear: 400_000 });
    expect(candidate?.summary).toContain('published capacity covers at least 40%');
  });

  it('fails a supplier whose lead time misses the needed-by date', () => {
    const matcher = new Matcher(new WordOverlapRetriever());
    matcher.upsert(product({ key: 'slow', name: 'Гидроцилиндр', leadTimeDays: 120 }));
    const [candidate] = matcher.match({ name: 'Гидроцилиндр', neededBy: '2027-02-01' }, { limit: 5, today });
    expect(candidate?.failed[0]).toMatch(/lead time: 120 days/);
  });

  it('filters by supplier country and keeps equal scores in a stable order', () => {
    const matcher = new Matcher(new WordOverlapRetriever());
    for (const key of ['c', 'a', 'b'])
      matcher.upsert(product({ key, name: 'Фильтр масляный', country: 'BY' }));
    matcher.upsert(product({ key: 'ru', name: 'Фильтр масляный', country: 'RU' }));
    const belarusian = matcher.match({ name: 'Фильтр масляный' }, { limit: 10, countries: ['BY'], today });
    expect(belarusian.map((result) => result.key)).toEqual(['a', 'b', 'c']);
  });

  it('forgets a removed product and follows a changed one', () => {
    const matcher = new Matcher(new WordOverlapRetriever());
    matcher.upsert(product({ key: 'p', name: 'Фильтр воздушный' }));
    matcher.upsert(product({ key: 'p', name: 'Фильтр топливный' }));
    expect(matcher.match({ name: 'воздушный' }, { limit: 5, today })).toEqual([]);
    expect(matcher.match({ name: 'топливный' }, { limit: 5, today })).toHaveLength(1);
    matcher.remove('p');
    expect(matcher.match({ name: 'топливный' }, { limit: 5, today })).toEqual([]);
    expect(matcher.size).toBe(0);
  });

  it('replaces the cross-reference on reload instead of adding its links again', () => {
    const matcher = new Matcher(new WordOverlapRetriever());
    const entry = {
      foreignPart: 'NE555',
      foreignManufacturer: null,
      domesticPart: 'КР1006ВИ1',
      domesticManufacturer: null,
      grade: 'drop-in' as const,
      source: null,
    };
    matcher.replaceAnalogues([entry]);
    matcher.replaceAnalogues([entry, { ...entry, domesticPart: 'КР1006ВИ1А', grade: 'functional' as const }]);
    expect(matcher.analogues.findAnalogues('NE555').map((found) => found.partNumber)).toEqual([
      'КР1006ВИ1',
      'КР1006ВИ1А',
    ]);
    matcher.replaceAnalogues([]);
    expect(matcher.analogues.findAnalogues('NE555')).toEqual([]);
  });

  it('does not propose an inactive product', () => {
    const matcher = new Matcher(new WordOverlapRetriever());
    matcher.upsert(product({ key: 'old', name: 'Фильтр масляный', isActive: false }));
    expect(matcher.match({ name: 'Фильтр масляный' }, { limit: 5, today })).toEqual([]);
  });

  describe('couldEnterCandidates', () => {
    /** 60 pumps of one kind: the query's 40 text candidates are full, and a newcomer must outrank the last. */
    function pumpMatcher(): Matcher {
      const matcher = new Matcher(createTextIndex());
      for (let index = 0; index < 60; index += 1) {
        matcher.upsert(
          product({
            key: `pump-${index}`,
            name: `Насос шестеренный масляный НШ${100 + index}`,
            partNumber: `НШ${100 + index}`,
            tnved: '8413602000',
          }),
        );
      }
      return matcher;
    }

    it('says a product sharing only a common word with the query cannot enter, and it does not', () => {
      const matcher = pumpMatcher();
      const query = { name: 'Насос шестеренный масляный' };
      const { textCutoff } = matcher.matchWithTextCutoff(query, { limit: 20, today });
      expect(textCutoff).not.toBeNull();
      matcher.upsert(product({ key: 'newcomer', name: 'Насос вакуумный пластинчатый с электроприводом' }));
      expect(matcher.couldEnterCandidates(query, 'newcomer', textCutoff)).toBe(false);
      const keys = matcher.match(query, { limit: 1000, today }).map((candidate) => candidate.key);
      expect(keys).not.toContain('newcomer');
    });

    it('says a product whose text outranks the last text candidate can enter', () => {
      const matcher = pumpMatcher();
      const query = { name: 'Насос шестеренный масляный' };
      const { textCutoff } = matcher.matchWithTextCutoff(query, { limit: 20, today });
      matcher.upsert(product({ key: 'newcomer', name: 'Насос шестеренный масляный' }));
      expect(matcher.couldEnterCandidates(query, 'newcomer', textCutoff)).toBe(true);
      expect(matcher.match(query, { limit: 1, today })[0]?.key).toBe('newcomer');
    });

    it('lets a product in by its part-number family or a small TN VED code whatever its text', () => {
      const matcher = pumpMatcher();
      const query = { name: 'Насос шестеренный масляный', partNumber: 'NSH-777', tnved: '8413602000' };
      const { textCutoff } = matcher.matchWithTextCutoff(query, { limit: 20, today });
      matcher.upsert(product({ key: 'same-family', name: 'Agregat', partNumber: 'NSH-777A' }));
      matcher.upsert(product({ key: 'same-code', name: 'Agregat', tnved: '8413602000' }));
      matcher.upsert(product({ key: 'neither', name: 'Agregat', tnved: '8413702000' }));
      expect(matcher.couldEnterCandidates(query, 'same-family', textCutoff)).toBe(true);
      expect(matcher.couldEnterCandidates(query, 'same-code', textCutoff)).toBe(true);
      expect(matcher.couldEnterCandidates(query, 'neither', textCutoff)).toBe(false);
    });

    it('weighs an analogue added after the query was first weighed', () => {
      const matcher = pumpMatcher();
      const query = { name: 'Насос шестеренный масляный', partNumber: 'GP-9' };
      const { textCutoff } = matcher.matchWithTextCutoff(query, { limit: 20, today });
      matcher.upsert(product({ key: 'domestic', name: 'Agregat', partNumber: 'НШ-32У' }));
      expect(matcher.couldEnterCandidates(query, 'domestic', textCutoff)).toBe(false);
      matcher.addAnalogue({
        foreignPart: 'GP-9',
        foreignManufacturer: null,
        domesticPart: 'НШ-32У',
        domesticManufacturer: null,
        grade: 'drop-in',
        source: null,
      });
      expect(matcher.couldEnterCandidates(query, 'domestic', textCutoff)).toBe(true);
    });

    it('says an inactive or unknown product cannot enter', () => {
      const matcher = pumpMatcher();
      matcher.upsert(product({ key: 'old', name: 'Насос шестеренный масляный', isActive: false }));
      expect(matcher.couldEnterCandidates({ name: 'Насос шестеренный масляный' }, 'old', null)).toBe(false);
      expect(matcher.couldEnterCandidates({ name: 'Насос' }, 'missing', null)).toBe(false);
    });

    it('never says no for a product that then turns up among the candidates (generated catalog)', () => {
      const nouns = ['насос', 'фильтр', 'клапан', 'реле', 'датчик'];
      const adjectives = ['масляный', 'топливный', 'шестеренный', 'герметичный', 'компактный', 'стальной'];
      let state = 5;
      const random = () => {
        state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
        return state / 0x7fffffff;
      };
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
      const makeProduct = (key: string) =>
        product({
          key,
          name: `${pick(nouns)} ${pick(adjectives)} ${pick(adjectives)} ${pick(['КП', 'ВА'])}${100 + Math.floor(random() * 40)}`,
          tnved: pick(['8413602000', '8421230000', '8481809900', '8536490000']),
        });
      const matcher = new Matcher(createTextIndex());
      for (let index = 0; index < 400; index += 1) matcher.upsert(makeProduct(`p${index}`));
      const queries = Array.from({ length: 40 }, () => ({
        name: `${pick(nouns)} ${pick(adjectives)}`,
        partNumber: random() < 0.5 ? `${pick(['КП', 'ВА'])}${100 + Math.floor(random() * 40)}` : undefined,
        tnved: random() < 0.5 ? pick(['8413602000', '8536490000']) : undefined,
      }));
      let saidNo = 0;
      for (let round = 0; round < 10; round += 1) {
        const cutoffs = queries.map(
          (query) => matcher.matchWithTextCutoff(query, { limit: 20, today }).textCutoff,
        );
        const key = `new${round}`;
        matcher.upsert(makeProduct(key));
        queries.forEach((query, index) => {
          if (matcher.couldEnterCandidates(query, key, cutoffs[index] ?? null)) return;
          saidNo += 1;
          const keys = matcher.match(query, { limit: 10_000, today }).map((candidate) => candidate.key);
          expect(keys).not.toContain(key);
        });
      }
      // The check must have said no often enough to mean something.
      expect(saidNo).toBeGreaterThan(100);
    });
  });
});
