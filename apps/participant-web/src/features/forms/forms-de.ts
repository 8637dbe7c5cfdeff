import { validationDe } from '@mobilis/ui/i18n/validation-de';
import type { FormsTexts } from './forms-en';

/** German texts shared by the app's forms (`participant:forms.*`). */
export const formsDe: FormsTexts = {
  optional: '(optional)',
  cancel: 'Abbrechen',
  fixFields: 'Bitte korrigieren Sie die markierten Felder.',
  otherProblems: 'Der Server meldete außerdem:',
  notFound: 'Diese Mobilität gibt es nicht mehr, oder sie ist nicht Ihre.',
  stale: 'Ihre Mobilität wurde inzwischen geändert. Sie wurde neu geladen.',
  transitions: {
    REPORT_NOT_OPEN: 'Der Bericht ist möglich, sobald Ihre Mobilität beendet ist, und Sie senden ihn einmal.',
    NOT_ALLOWED: 'Das können Sie für diese Mobilität nicht tun.',
    ILLEGAL_TRANSITION: 'Das ist in diesem Stadium Ihrer Mobilität nicht möglich.',
  },
  validation: validationDe,
};
