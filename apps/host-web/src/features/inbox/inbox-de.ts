import type { InboxTexts } from './inbox-en';

/** German texts of the inbox (`host:inbox.*`). */
export const inboxDe: InboxTexts = {
  counts: {
    label: 'Auf einen Blick',
    toDecide: 'Zu entscheiden',
    upcoming: 'Bevorstehend',
    ongoing: 'Laufend',
    toConfirm: 'Abreisen zu bestätigen',
  },
  sections: {
    toDecide: 'Zu entscheiden',
    upcoming: 'Bevorstehend',
    ongoing: 'Laufend',
    completed: 'Beendet',
    ended: 'Abgesagt oder storniert',
  },
  empty: {
    toDecide: 'Keine Aufnahme wartet auf Ihre Entscheidung.',
    upcoming: 'Noch werden keine Teilnehmenden erwartet.',
    ongoing: 'Zurzeit ist niemand bei Ihnen.',
    completed: 'Noch ist kein Aufenthalt beendet.',
  },
  agreementToSign: 'Vereinbarung zu unterschreiben',
  departureDue: 'Abreise zu bestätigen',
  calendar: {
    title: 'Kalender',
    intro: 'Aktuelle und kommende Teilnehmende nach geplantem Beginn.',
    empty: 'Niemand ist bei Ihnen oder wird erwartet.',
  },
  unavailable: 'Wir konnten die Aufnahmen dieser Einrichtung nicht laden.',
};
