import { createI18n } from '@mobilis/ui/i18n/create-i18n';
import type { Locale } from '@mobilis/ui/i18n/supported-locales';
import { participantDe } from './participant-de';
import { participantEn } from './participant-en';

export const participantNamespace = 'participant';

export const participantResources = { en: participantEn, de: participantDe };

export function createParticipantI18n(lng?: Locale) {
  return createI18n({
    namespace: participantNamespace,
    resources: participantResources,
    ...(lng ? { lng } : {}),
  });
}
