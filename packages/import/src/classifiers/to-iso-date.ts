const dottedDate = /^(\d{2})\.(\d{2})\.(\d{4})$/;
// Timestamps keep the calendar date as written: the files give midnight dates, shifting zones would move the day.
const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Converts the date spellings found in classifier files (dd.mm.yyyy, yyyy-mm-dd, ISO timestamps) to yyyy-mm-dd.
 * Blank means "no date" and gives null; an unreadable or impossible date gives undefined, so the caller can reject
 * the row with its own line number.
 */
export function toIsoDate(value: string | null | undefined): string | null | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const dotted = dottedDate.exec(text);
  const iso = dotted ? null : isoDate.exec(text);
  const [year, month, day] = dotted
    ? [dotted[3], dotted[2], dotted[1]]
    : iso
      ? [iso[1], iso[2], iso[3]]
      : [undefined, undefined, undefined];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const result = `${year}-${month}-${day}`;
  // Round-tripping through Date catches 31.02.2022 and month 13, which the patterns alone accept.
  return calendar.toISOString().slice(0, 10) === result ? result : undefined;
}
