import { createI18n } from '@mobilis/ui/i18n/create-i18n';
import type { Locale } from '@mobilis/ui/i18n/supported-locales';
import { orgDe } from './org-de';
import { orgEn } from './org-en';

export const orgNamespace = 'org';

export const orgResources = { en: orgEn, de: orgDe };

export function createOrgI18n(lng?: Locale) {
  return createI18n({ namespace: orgNamespace, resources: orgResources, ...(lng ? { lng } : {}) });
}
