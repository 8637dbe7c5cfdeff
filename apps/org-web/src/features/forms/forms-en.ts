import type { ValidationMessageCode } from '@mobilis/domain/validation/validation-messages';
import { validationEn } from '@mobilis/ui/i18n/validation-en';

/**
 * English texts shared by the app's forms (`org:forms.*`). `validation` translates every code of
 * the domain's VALIDATION_MESSAGES: the same codes come from the browser-side zod check, from the
 * API's `ValidationError.fieldErrors` and from CSV row errors.
 */
export const formsEn = {
  optional: '(optional)',
  cancel: 'Cancel',
  fixFields: 'Please correct the highlighted fields.',
  otherProblems: 'The server also reported:',
  staleVersion:
    'Someone else changed this in the meantime. Reload to see their changes, then make yours again.',
  reload: 'Reload',
  notFound: 'This no longer exists, or you may not change it.',
  saving: 'Saving…',
  validation: validationEn satisfies Record<ValidationMessageCode, string>,
};

export type FormsTexts = typeof formsEn;
