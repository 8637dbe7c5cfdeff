import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLocale } from './change-locale';
import { createI18n } from './create-i18n';
import { detectLocale, localeStorageKey } from './supported-locales';

afterEach(() => vi.unstubAllGlobals());

function stubBrowserLanguages(languages: string[]) {
  vi.stubGlobal('navigator', { ...navigator, languages, language: languages[0] });
}

describe('language detection', () => {
  it('prefers the stored choice over the browser', () => {
    localStorage.setItem(localeStorageKey, 'de');
    stubBrowserLanguages(['en-GB']);
    expect(detectLocale()).toBe('de');
  });

  it('takes the first supported browser language', () => {
    stubBrowserLanguages(['fr-FR', 'de-AT', 'en']);
    expect(detectLocale()).toBe('de');
  });

  it('falls back to English', () => {
    stubBrowserLanguages(['pl-PL']);
    expect(detectLocale()).toBe('en');
  });
});

describe('createI18n', () => {
  it('translates synchronously and marks the document language', () => {
    const i18n = createI18n({
      namespace: 'app',
      resources: { en: { hi: 'Hi' }, de: { hi: 'Hallo' } },
      lng: 'de',
    });
    expect(i18n.t('app:hi')).toBe('Hallo');
    expect(i18n.t('common:signIn.submit')).toBe('Anmelden');
    expect(document.documentElement.lang).toBe('de');
  });

  it('switching language updates <html lang> and remembers the choice', async () => {
    const i18n = createI18n({
      namespace: 'app',
      resources: { en: { hi: 'Hi' }, de: { hi: 'Hallo' } },
      lng: 'de',
    });
    await changeLocale(i18n, 'en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(localeStorageKey)).toBe('en');
    expect(i18n.t('app:hi')).toBe('Hi');
  });
});
