import type { i18n as I18n } from 'i18next';
import { type Locale, storeLocale } from './supported-locales';

/** Switches the UI language and remembers the choice for the next visit (all three apps share it). */
export async function changeLocale(i18n: I18n, locale: Locale): Promise<void> {
  storeLocale(locale);
  await i18n.changeLanguage(locale);
}
