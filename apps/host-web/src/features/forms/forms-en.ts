import type { ValidationMessageCode } from '@mobilis/domain/validation/validation-messages';
import { validationEn } from '@mobilis/ui/i18n/validation-en';

/**
 * English texts shared by the app's forms (`host:forms.*`). `validation` translates every code of
 * the domain's VALIDATION_MESSAGES: the same codes come from the browser-side zod check and from the
 * API's `ValidationError.fieldErrors`. The texts are shared from @mobilis/ui; `satisfies` makes a
 * new domain code a type error here.
 */
export const formsEn = {
  fixFields: 'Please correct the highlighted fields.',
  otherProblems: 'The server also reported:',
  validation: validationEn satisfies Record<ValidationMessageCode, string>,
};

export type FormsTexts = typeof formsEn;
