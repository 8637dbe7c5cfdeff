import { createI18n } from '@mobilis/ui/i18n/create-i18n';
import type { Locale } from '@mobilis/ui/i18n/supported-locales';
import { hostDe } from './host-de';
import { hostEn } from './host-en';

export const hostNamespace = 'host';

export const hostResources = { en: hostEn, de: hostDe };

export function createHostI18n(lng?: Locale) {
  return createI18n({ namespace: hostNamespace, resources: hostResources, ...(lng ? { lng } : {}) });
}
