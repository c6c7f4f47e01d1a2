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
  let result = '';
  for (const character of token) result += latinByCyrillic.get(character) ?? character;
  return result;
}

/**
 * A word typed with a few letters from the other keyboard («cталь» with a Latin «c») is brought to the script of
 * most of its letters, when every stray letter has a twin there. Otherwise the word is returned unchanged.
 */
export function harmonizeWordScript(word: string): string {
  let cyrillicCount = 0;
  let latinCount = 0;
  for (const character of word) {
    if (cyrillicLetter.test(character)) cyrillicCount += 1;
    else if (latinLetter.test(character)) latinCount += 1;
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
