import type { ValidationMessageCode } from '@mobilis/domain/validation/validation-messages';
import { validationEn } from '@mobilis/ui/i18n/validation-en';

/**
 * English texts shared by the app's forms (`participant:forms.*`). `validation` translates every
 * code of the domain's VALIDATION_MESSAGES: the same codes come from the browser-side zod check and
 * from the API's `ValidationError.fieldErrors`. (Copied from the organisations app: apps do not
 * import each other.)
 */
export const formsEn = {
  optional: '(optional)',
  cancel: 'Cancel',
  fixFields: 'Please correct the highlighted fields.',
  otherProblems: 'The server also reported:',
  notFound: 'This mobility no longer exists, or it is not yours.',
  stale: 'Your mobility changed in the meantime. It has been reloaded.',
  transitions: {
    REPORT_NOT_OPEN: 'The report opens once your mobility is completed, and you submit it once.',
    NOT_ALLOWED: 'You cannot do this for this mobility.',
    ILLEGAL_TRANSITION: 'This is not possible at this stage of your mobility.',
  },
  validation: validationEn satisfies Record<ValidationMessageCode, string>,
};

export type FormsTexts = typeof formsEn;
