import type { PreparationTexts } from './preparation-en';

/** German texts of the preparation checklist (`participant:preparation.*`). */
export const preparationDe: PreparationTexts = {
  title: 'Bereiten Sie Ihren Aufenthalt vor',
  intro: 'Haken Sie ab, was Sie erledigt haben. Ihre entsendende Organisation sieht Ihren Fortschritt.',
  progress: '{{done}} von {{total}} erledigt',
  doneOn: 'Erledigt am {{date}}',
  stale:
    'Ihre Mobilität wurde inzwischen geändert. Sie wurde neu geladen: Prüfen Sie die Liste und haken Sie erneut ab.',
  defaultItems: {
    LANGUAGE_PREPARATION: 'Sprachvorbereitung abgeschlossen',
    INSURANCE: 'Versicherung abgeschlossen',
    TRAVEL_BOOKED: 'Reise gebucht',
    DOCUMENTS: 'Dokumente bereit (Ausweis, Krankenversicherungskarte, Vereinbarungen)',
  },
};
