import { buildCharacterNgrams } from './character-ngrams';

export interface WordVariant {
  word: string;
  /** How close the variant is to the asked word, 0..1. */
  similarity: number;
}

const prefixLength = 3;
const minimumFormLength = 4;
const maximumEndingDifference = 4;
/** «стал» and «стальн» (4 of 6 letters) are forms of one word; «диск» and «дискретн» (4 of 8) are two words. */
const minimumFormLengthRatio = 0.55;
const formSimilarity = 0.8;
const completionSimilarity = 0.6;
const minimumGramSimilarity = 0.6;
const minimumGramWordLength = 5;
// Grams shared by thousands of words («ени», «ова») say nothing and would make the lookup slow.
const maximumGramListLength = 4000;

/**
 * The indexed words (stems), to find at query time the variants of a query word that the stemmer leaves apart:
 * other forms («стал» and «стальн»), completions of a cut word («выкл.» → «выключател») and spellings sharing most
 * character 3-grams («шпатлевк» and «шпатлевочн», «клавишн» and «одноклавишн»). Grows as words are added; a
 * word of a removed document stays, which only costs a little memory.
 */
export class WordVocabulary {
  private readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly idsByPrefix = new Map<string, number[]>();
  private readonly idsByGram = new Map<string, number[]>();

  get size(): number {
    return this.words.length;
  }

  has(word: string): boolean {
    return this.wordIds.has(word);
  }

  register(word: string): void {
    if (word.length < prefixLength || this.wordIds.has(word)) return;
    const id = this.words.length;
    this.words.push(word);
    this.wordIds.set(word, id);
    appendTo(this.idsByPrefix, word.slice(0, prefixLength), id);
    if (word.length >= minimumGramWordLength) {
      for (const gram of buildCharacterNgrams(word)) appendTo(this.idsByGram, gram, id);
    }
  }

  /**
   * Variants of `word` among the registered words, best first, at most `limit`. `abbreviation` is the word as cut
   * by the writer («выкл»): registered words it begins are variants too; `frequencyOf` orders those completions.
   */
  findVariants(options: {
    word: string;
    abbreviation?: string;
    limit?: number;
    frequencyOf?: (word: string) => number;
  }): WordVariant[] {
    const { word } = options;
    const limit = options.limit ?? 8;
    const similarityByWord = new Map<string, number>();
    const offer = (candidate: string, similarity: number) => {
      if (candidate === word) return;
      if ((similarityByWord.get(candidate) ?? 0) < similarity) similarityByWord.set(candidate, similarity);
    };

    if (word.length >= minimumFormLength) {
      for (const id of this.idsByPrefix.get(word.slice(0, prefixLength)) ?? []) {
        const candidate = this.words[id] ?? '';
        if (candidate.length < minimumFormLength) continue;
        if (Math.abs(candidate.length - word.length) > maximumEndingDifference) continue;
        // A much shorter word is another word, not another form: «диск» is not a form of «дискретн».
        const shorter = Math.min(candidate.length, word.length);
        if (shorter / Math.max(candidate.length, word.length) < minimumFormLengthRatio) continue;
        if (candidate.startsWith(word) || word.startsWith(candidate)) offer(candidate, formSimilarity);
      }
    }

    const abbreviation = options.abbreviation;
    if (abbreviation !== undefined && abbreviation.length >= prefixLength) {
      const completions = (this.idsByPrefix.get(abbreviation.slice(0, prefixLength)) ?? [])
        .map((id) => this.words[id] ?? '')
        .filter((candidate) => candidate.length > abbreviation.length && candidate.startsWith(abbreviation));
      const frequencyOf = options.frequencyOf;
      if (frequencyOf !== undefined)
        completions.sort((left, right) => frequencyOf(right) - frequencyOf(left));
      for (const candidate of completions.slice(0, limit)) offer(candidate, completionSimilarity);
    }

    if (word.length >= minimumGramWordLength) {
      const grams = buildCharacterNgrams(word);
      const sharedById = new Map<number, number>();
      for (const gram of grams) {
        const ids = this.idsByGram.get(gram);
        if (ids === undefined || ids.length > maximumGramListLength) continue;
        for (const id of ids) sharedById.set(id, (sharedById.get(id) ?? 0) + 1);
      }
      for (const [id, shared] of sharedById) {
        // Dice similarity: a word of n letters has n 3-grams with the boundary marks (fewer when some repeat).
        const candidate = this.words[id] ?? '';
        const similarity = (2 * shared) / (grams.length + candidate.length);
        if (similarity >= minimumGramSimilarity) offer(candidate, similarity);
      }
    }

    return (
      [...similarityByWord]
        .map(([candidate, similarity]) => ({ word: candidate, similarity }))
        // Stable: among equal similarities, completions stay in frequency order.
        .sort((left, right) => right.similarity - left.similarity)
        .slice(0, limit)
    );
  }
}

function appendTo(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else list.push(id);
}
