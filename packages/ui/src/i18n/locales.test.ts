import { describe, expect, it } from 'vitest';
import { assertLocalesComplete } from './assert-locales-complete';
import { commonDe } from './common-de';
import { commonEn } from './common-en';

describe('assertLocalesComplete', () => {
  it('accepts the common namespace in every supported locale', () => {
    expect(() => assertLocalesComplete({ en: { common: commonEn }, de: { common: commonDe } })).not.toThrow();
  });

  it('reports a key missing from a locale', () => {
    expect(() =>
      assertLocalesComplete({ en: { app: { a: 'A', b: { c: 'C' } } }, de: { app: { a: 'A' } } }),
    ).toThrow('de: missing key app:b.c');
  });

  it('reports a key only one locale has', () => {
    expect(() => assertLocalesComplete({ en: { app: { a: 'A' } }, de: { app: { a: 'A', z: 'Z' } } })).toThrow(
      'de: extra key app:z',
    );
  });

  it('reports a missing namespace and an extra one', () => {
    expect(() => assertLocalesComplete({ en: { app: { a: 'A' } }, de: { other: { a: 'A' } } })).toThrow(
      /de: extra namespace "other"[\s\S]*de: missing namespace "app"/,
    );
  });

  it('reports an empty text', () => {
    expect(() => assertLocalesComplete({ en: { app: { a: 'A' } }, de: { app: { a: ' ' } } })).toThrow(
      'de: app:a is not a non-empty text',
    );
  });

  it('reports a translation that drops a placeholder', () => {
    expect(() =>
      assertLocalesComplete({ en: { app: { hi: 'Hi {{name}}' } }, de: { app: { hi: 'Hallo' } } }),
    ).toThrow('de: app:hi uses other placeholders than en');
  });
});
