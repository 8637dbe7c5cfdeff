import { validationDe } from '@mobilis/ui/i18n/validation-de';
import type { FormsTexts } from './forms-en';

/** German texts shared by the app's forms (`host:forms.*`). */
export const formsDe: FormsTexts = {
  fixFields: 'Bitte korrigieren Sie die markierten Felder.',
  otherProblems: 'Der Server meldete außerdem:',
  validation: validationDe,
};
