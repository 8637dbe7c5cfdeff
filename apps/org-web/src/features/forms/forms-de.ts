import { validationDe } from '@mobilis/ui/i18n/validation-de';
import type { FormsTexts } from './forms-en';

/** German texts shared by the app's forms (`org:forms.*`). */
export const formsDe: FormsTexts = {
  optional: '(optional)',
  cancel: 'Abbrechen',
  fixFields: 'Bitte korrigieren Sie die markierten Felder.',
  otherProblems: 'Der Server meldete außerdem:',
  staleVersion:
    'Jemand anderes hat dies inzwischen geändert. Laden Sie neu, um die Änderungen zu sehen, und nehmen Sie Ihre dann erneut vor.',
  reload: 'Neu laden',
  notFound: 'Dies gibt es nicht mehr, oder Sie dürfen es nicht ändern.',
  saving: 'Wird gespeichert…',
  validation: validationDe,
};
