import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  /** A calendar date (`YYYY-MM-DD`, no time zone) or an instant, as a date. */
  date(value: string | Date): string;
  /** An instant (ISO timestamp or `Date`) as date and time in the user's time zone. */
  dateTime(value: string | Date): string;
  /** Integer euro cents as euros. */
  money(cents: number): string;
  number(value: number): string;
  /** An ISO 3166-1 alpha-2 code as the country's name. */
  country(code: string): string;
}

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

export function createFormatters(locale: string): Formatters {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  // A calendar date has no time zone: read and print it in UTC so it never shifts by a day.
  const calendarDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const numberFormat = new Intl.NumberFormat(locale);
  const regionNames = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return {
    date: (value) =>
      typeof value === 'string' && calendarDate.test(value)
        ? calendarDateFormat.format(new Date(`${value}T00:00:00Z`))
        : dateFormat.format(new Date(value)),
    dateTime: (value) => dateTimeFormat.format(new Date(value)),
    money: (cents) => moneyFormat.format(cents / 100),
    number: (value) => numberFormat.format(value),
    country: (code) => {
      try {
        return regionNames.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/** Formatters for the current UI language; components re-render with new ones when it changes. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation('common');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => createFormatters(locale), [locale]);
}
