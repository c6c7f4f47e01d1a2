// Letters that look the same in Cyrillic and Latin and are typed in either script by accident.
const latinByCyrillic: ReadonlyMap<string, string> = new Map([
  ['а', 'a'],
  ['в', 'b'],
  ['е', 'e'],
  ['к', 'k'],
  ['м', 'm'],
  ['н', 'h'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['т', 't'],
  ['у', 'y'],
  ['х', 'x'],
  ['і', 'i'],
]);

const cyrillicByLatin: ReadonlyMap<string, string> = new Map(
  [...latinByCyrillic].map(([cyrillic, latin]) => [latin, cyrillic]),
);

const cyrillicLetter = /[а-я]/;
const latinLetter = /[a-z]/;

export type LetterScript = 'cyrillic' | 'latin' | 'none';

/** The script of a lower-case word by its first letter; mixed words are harmonised first. */
export function detectScript(word: string): LetterScript {
  for (const character of word) {
    if (cyrillicLetter.test(character)) return 'cyrillic';
    if (latinLetter.test(character)) return 'latin';
  }
  return 'none';
}

/**
 * Model and size codes («М10», «20Б1», «11с67п») are compared letter by letter, so look-alike Cyrillic letters
 * become Latin: «м10» and «m10» give one token. Letters without a Latin twin stay as they are.
 */
export function mapLookAlikesToLatin(token: string): string {
  // Most codes are Latin already: every letter with a twin lies between «а» and «і».
  if (!hasCodeBetween(token, 0x430, 0x456)) return token;
  let result = '';
  for (const character of token) result += latinByCyrillic.get(character) ?? character;
  return result;
}

/**
 * A word typed with a few letters from the other keyboard («cталь» with a Latin «c») is brought to the script of
 * most of its letters, when every stray letter has a twin there. Otherwise the word is returned unchanged.
 */
export function harmonizeWordScript(word: string): string {
  // Counted by character code, the same letters as the patterns: a test per character of every word costs more.
  let cyrillicCount = 0;
  let latinCount = 0;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code >= 0x430 && code <= 0x44f) cyrillicCount += 1;
    else if (code >= 0x61 && code <= 0x7a) latinCount += 1;
  }
  if (cyrillicCount === 0 || latinCount === 0) return word;
  const isCyrillicMajority = cyrillicCount >= latinCount;
  const twins = isCyrillicMajority ? cyrillicByLatin : latinByCyrillic;
  const strayLetter = isCyrillicMajority ? latinLetter : cyrillicLetter;
  let result = '';
  for (const character of word) {
    if (!strayLetter.test(character)) {
      result += character;
      continue;
    }
    const twin = twins.get(character);
    if (twin === undefined) return word;
    result += twin;
  }
  return result;
}

function hasCodeBetween(text: string, low: number, high: number): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= low && code <= high) return true;
  }
  return false;
}
