import i18next, { type i18n as I18n } from 'i18next';
import { commonDe } from './common-de';
import { commonEn } from './common-en';
import { detectLocale, fallbackLocale, type Locale, supportedLocales } from './supported-locales';

/** A namespace's texts: nested objects whose leaves are strings. */
export interface TranslationTree {
  [key: string]: string | TranslationTree;
}

/** Locale → namespace → texts, the shape i18next and `assertLocalesComplete` take. */
export type LocaleResources = Record<string, Record<string, TranslationTree>>;

export interface CreateI18nOptions {
  /** The app's own namespace, e.g. `org`. */
  namespace: string;
  /** The app's texts for every supported locale. */
  resources: Record<Locale, TranslationTree>;
  /** Start in this language instead of detecting one (tests). */
  lng?: Locale;
}

/** `common` from this package plus the app's namespace, for every supported locale. */
export function buildResources(
  namespace: string,
  resources: Record<Locale, TranslationTree>,
): LocaleResources {
  const common: Record<Locale, TranslationTree> = { en: commonEn, de: commonDe };
  return Object.fromEntries(
    supportedLocales.map((locale) => [locale, { common: common[locale], [namespace]: resources[locale] }]),
  );
}

function reflectLanguageInDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * One i18next instance per app. All texts are bundled (two small languages), so initialisation is
 * synchronous and the first render is already translated. The language comes from the stored choice
 * (`mobilis.locale`), then the browser, then English; `<html lang>` follows every change.
 */
export function createI18n({ namespace, resources, lng }: CreateI18nOptions): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', reflectLanguageInDocument);
  void instance.init({
    resources: buildResources(namespace, resources),
    lng: lng ?? detectLocale(),
    fallbackLng: fallbackLocale,
    supportedLngs: [...supportedLocales],
    ns: ['common', namespace],
    defaultNS: namespace,
    // React escapes rendered text already.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
