import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The Intl locale of each interface language: numbers, dates and currencies follow it. */
export const intlLocales = { ru: 'ru-RU', en: 'en-GB' } as const;

export interface Formatters {
  locale: string;
  number(value: number | null | undefined, maximumFractionDigits?: number): string;
  /** Compact figures for chart axes: 1,2 млн / 1.2M. */
  compact(value: number): string;
  percent(share: number | null | undefined): string;
  currency(amount: number | null | undefined, currency: string | null | undefined): string;
  date(value: string | null | undefined): string;
  dateTime(value: string | null | undefined): string;
  fileSize(bytes: number): string;
}

const dash = '—';
const fileSizeUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

export function createFormatters(language: string): Formatters {
  const locale = language === 'en' ? intlLocales.en : intlLocales.ru;
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numberFormats.set(digits, format);
    }
    return format;
  };
  const compactFormat = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const toDate = (value: string) => {
    // A plain date (2027-03-01) is a calendar day, not midnight UTC: read it as local so it never shifts a day.
    const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return plain ? new Date(Number(plain[1]), Number(plain[2]) - 1, Number(plain[3])) : new Date(value);
  };

  return {
    locale,
    number: (value, maximumFractionDigits = 2) =>
      value === null || value === undefined ? dash : numberFormat(maximumFractionDigits).format(value),
    compact: (value) => compactFormat.format(value),
    percent: (share) => (share === null || share === undefined ? dash : percentFormat.format(share)),
    currency: (amount, currency) => {
      if (amount === null || amount === undefined) return dash;
      if (!currency) return numberFormat(2).format(amount);
      try {
        return new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          maximumFractionDigits: 2,
        }).format(amount);
      } catch {
        // Not an ISO 4217 code: show the amount with whatever the file said.
        return `${numberFormat(2).format(amount)} ${currency}`;
      }
    },
    date: (value) => (value ? dateFormat.format(toDate(value)) : dash),
    dateTime: (value) => (value ? dateTimeFormat.format(new Date(value)) : dash),
    fileSize: (bytes) => {
      let size = bytes;
      let unit = 0;
      while (size >= 1024 && unit < fileSizeUnits.length - 1) {
        size /= 1024;
        unit += 1;
      }
      // Intl names the units in the interface language (830 байт, 1,2 МБ), never the English B/KB in Russian;
      // bytes are spelled out because the short English form is the singular "830 byte".
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: fileSizeUnits[unit],
        unitDisplay: unit === 0 ? 'long' : 'short',
        maximumFractionDigits: 1,
      }).format(size);
    },
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => createFormatters(i18n.language), [i18n.language]);
}
