import { assertLocalesComplete } from '@mobilis/ui/i18n/assert-locales-complete';
import { buildResources } from '@mobilis/ui/i18n/create-i18n';
import { expect, it } from 'vitest';
import { orgNamespace, orgResources } from './org-i18n';

it('has every text of the app and of common in every language, and nothing extra', () => {
  expect(() => assertLocalesComplete(buildResources(orgNamespace, orgResources))).not.toThrow();
});
