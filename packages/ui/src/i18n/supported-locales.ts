/** The languages every app ships complete translations for; the first is the fallback. */
export const supportedLocales = ['en', 'de'] as const;

export type Locale = (typeof supportedLocales)[number];

export const fallbackLocale: Locale = 'en';

/** Where the user's explicit language choice is kept (shared by the three apps on one origin). */
export const localeStorageKey = 'mobilis.locale';

export function isSupportedLocale(value: string | null | undefined): value is Locale {
  return (supportedLocales as readonly string[]).includes(value ?? '');
}

/** `de-AT` → `de`; `null` when the language is not one we support. */
export function toSupportedLocale(tag: string | null | undefined): Locale | null {
  const language = tag?.toLowerCase().split('-')[0];
  return isSupportedLocale(language) ? language : null;
}

function readStoredLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(localeStorageKey) ?? null;
  } catch {
    // Storage can be unavailable (privacy mode, sandboxed iframes): fall through to the browser.
    return null;
  }
}

/** The stored choice, else the first supported browser language, else English. */
export function detectLocale(): Locale {
  const candidates = [
    readStoredLocale(),
    ...(globalThis.navigator?.languages ?? []),
    globalThis.navigator?.language,
  ];
  for (const candidate of candidates) {
    const locale = toSupportedLocale(candidate);
    if (locale) return locale;
  }
  return fallbackLocale;
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(localeStorageKey, locale);
  } catch {
    // Not persisting is acceptable; the choice still applies for this visit.
  }
}
