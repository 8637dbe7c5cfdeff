import type { PreparationTexts } from './preparation-en';

/** German texts of the preparation checklist screen (`org:preparation.*`). */
export const preparationDe: PreparationTexts = {
  pageTitle: 'Checkliste zur Vorbereitung – Mobilis für Organisationen',
  title: 'Checkliste zur Vorbereitung',
  intro:
    'Was Ihre Teilnehmenden vor der Abreise abhaken, z. B. Sprachvorbereitung, Versicherung, Reise und Dokumente. Sie sehen die Liste auf den Seiten ihrer Mobilität in der Teilnehmenden-App.',
  startedFrom: {
    current: 'Dies ist die Checkliste, die für Ihre Mobilitäten gilt.',
    default:
      'Ihre Organisation hat noch keine Mobilität, daher sehen Sie die Standardliste. Falls Sie schon eine eigene Checkliste gespeichert haben, erscheint sie hier, sobald es eine Mobilität gibt.',
  },
  legend: 'Punkte der Checkliste',
  itemLabel: 'Punkt {{number}}',
  itemDescription:
    'Eine Aufgabe pro Punkt, so wie die teilnehmende Person sie abhakt, z. B. „Versicherung abgeschlossen“. Höchstens 200 Zeichen je Punkt.',
  addItem: 'Punkt hinzufügen',
  maxItems: 'Eine Checkliste hat höchstens {{count}} Punkte.',
  moveUp: 'Nach oben',
  moveDown: 'Nach unten',
  remove: 'Entfernen',
  moveUpLabel: 'Punkt {{number}} nach oben verschieben',
  moveDownLabel: 'Punkt {{number}} nach unten verschieben',
  removeLabel: 'Punkt {{number}} entfernen',
  ticksKept:
    'Häkchen, die Ihre Teilnehmenden schon gesetzt haben, bleiben bei den Punkten, die Sie behalten – auch wenn Sie sie umformulieren. Neue Punkte beginnen ohne Häkchen; die Häkchen entfernter Punkte zählen nicht mehr.',
  reset: 'Auf die Standardliste zurücksetzen',
  resetTitle: 'Auf die Standardliste zurücksetzen?',
  resetText:
    'Ihre Änderungen an der Liste werden durch die {{count}} Standardpunkte ersetzt. Gespeichert wird noch nichts.',
  resetConfirm: 'Liste zurücksetzen',
  resetKeep: 'Meine Liste behalten',
  submit: 'Checkliste speichern',
  saved: 'Die Checkliste ist gespeichert. Die Teilnehmenden sehen sie auf den Seiten ihrer Mobilität.',
};
