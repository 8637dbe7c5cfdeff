import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The decimal separator of the UI language, so amounts are typed as "117,50" in German. */
export function useDecimalSeparator(): string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () =>
      new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ??
      '.',
    [language],
  );
}
