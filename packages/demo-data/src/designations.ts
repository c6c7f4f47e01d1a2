/**
 * Compact designations of domestic reference books: «КР1401УД2А,Б» means КР1401УД2А and КР1401УД2Б;
 * «КТ3102А-Е» means every grade letter from А to Е. Grade letters follow the order used for Soviet and Russian
 * component grades (letters that look like digits or are not used for grades are skipped).
 */
const GRADE_LETTERS = 'АБВГДЕЖИКЛМНПРСТУФХЦШЩЭЮЯ';

/** Expands a compact designation into the individual part numbers; a plain designation is returned as is. */
export function expandDesignation(designation: string): string[] {
  const text = designation.trim();
  const list = /^(.*?[0-9])([А-Я])((?:,[А-Я])+)$/u.exec(text);
  if (list) {
    const [, stem, first, rest] = list as unknown as [string, string, string, string];
    return [first, ...rest.split(',').filter(Boolean)].map((letter) => `${stem}${letter}`);
  }
  const span = /^(.*?[0-9])([А-Я])-([А-Я])$/u.exec(text);
  if (span) {
    const [, stem, from, to] = span as unknown as [string, string, string, string];
    const start = GRADE_LETTERS.indexOf(from);
    const end = GRADE_LETTERS.indexOf(to);
    if (start >= 0 && end > start) {
      return [...GRADE_LETTERS.slice(start, end + 1)].map((letter) => `${stem}${letter}`);
    }
  }
  return [text];
}
