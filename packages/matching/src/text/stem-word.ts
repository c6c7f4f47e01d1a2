import * as snowball from 'snowball-stemmers';
import { detectScript } from './look-alike-letters';

const russianStemmer = snowball.newStemmer('russian');
const englishStemmer = snowball.newStemmer('english');

// Catalog vocabularies are small and repetitive; the cache makes stemming nearly free when indexing millions.
const stemCache = new Map<string, string>();
const stemCacheLimit = 500_000;

/** Stems a lower-case word with the Snowball stemmer of its script (Russian or English); others are kept. */
export function stemWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const script = detectScript(word);
  let stem = word;
  if (script === 'cyrillic') stem = russianStemmer.stem(word);
  else if (script === 'latin') stem = englishStemmer.stem(word);
  if (stemCache.size >= stemCacheLimit) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}
