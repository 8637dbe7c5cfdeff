import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLocale } from './i18n/change-locale';
import { fallbackLocale, supportedLocales, toSupportedLocale } from './i18n/supported-locales';

/** A select labelled "Language"; the choice is stored and `<html lang>` follows it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const current = toSupportedLocale(i18n.resolvedLanguage ?? i18n.language) ?? fallbackLocale;
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="xs"
      value={current}
      onChange={(event) => {
        const next = toSupportedLocale(event.currentTarget.value);
        if (next) void changeLocale(i18n, next);
      }}
    >
      {supportedLocales.map((locale) => (
        // Each language is named in itself, so its option carries its own `lang`.
        <option key={locale} value={locale} lang={locale}>
          {t(`language.${locale}`)}
        </option>
      ))}
    </NativeSelect>
  );
}
