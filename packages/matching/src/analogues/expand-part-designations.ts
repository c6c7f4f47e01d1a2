/**
 * Grade letters of Soviet and Russian designations in their order; З, Й, О, Ч and others are not used, so
 * «А-Д» means А, Б, В, Г, Д.
 */
const gradeLetters = 'АБВГДЕЖИКЛМНПРСТУФХ';
const latinGradeLetters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Reads the compact forms reference books use for several parts at once:
 * «140УД5А,Б» → 140УД5А, 140УД5Б; «588ВУ2А-В» → 588ВУ2А, 588ВУ2Б, 588ВУ2В;
 * «КР1533ЛА3, КР1533ЛА8» → both. A plain designation comes back alone.
 */
export function expandPartDesignations(raw: string): string[] {
  const pieces = raw
    .split(/[,;]/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
  if (pieces.length === 0) return [];
  const first = pieces[0]!;
  const results: string[] = [...expandRange(first)];
  const stem = first.replace(/[A-ZА-Я]$/u, '');
  for (const piece of pieces.slice(1)) {
    // «Б» after «140УД5А» replaces the grade letter; anything longer is a designation of its own.
    if (/^[A-ZА-Я]$/u.test(piece) && stem !== first) results.push(`${stem}${piece}`);
    else results.push(...expandRange(piece));
  }
  return [...new Set(results)];
}

function expandRange(designation: string): string[] {
  const range = /^(.*\d)([A-ZА-Я])-([A-ZА-Я])$/u.exec(designation);
  if (!range) return [designation];
  const [, stem, from, to] = range as unknown as [string, string, string, string];
  const alphabet = gradeLetters.includes(from) ? gradeLetters : latinGradeLetters;
  const start = alphabet.indexOf(from);
  const end = alphabet.indexOf(to);
  if (start < 0 || end < start) return [designation];
  return [...alphabet.slice(start, end + 1)].map((letter) => `${stem}${letter}`);
}
