import { assertLocalesComplete } from '@mobilis/ui/i18n/assert-locales-complete';
import { buildResources } from '@mobilis/ui/i18n/create-i18n';
import { expect, it } from 'vitest';
import { participantNamespace, participantResources } from './participant-i18n';

it('has every text of the app and of common in every language, and nothing extra', () => {
  expect(() =>
    assertLocalesComplete(buildResources(participantNamespace, participantResources)),
  ).not.toThrow();
});
