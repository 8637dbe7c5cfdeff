import type { AgreementTexts } from './agreement-en';

/** German texts of the learning agreement on the placement page (`host:agreement.*`). */
export const agreementDe: AgreementTexts = {
  title: 'Lernvereinbarung',
  intro:
    'Was die Person bei Ihnen lernt und tut, wie es bewertet und anerkannt wird. Die teilnehmende Person, die entsendende Organisation und Sie unterschreiben sie.',
  none: 'Es gibt noch keine Lernvereinbarung. Die entsendende Organisation entwirft sie mit der teilnehmenden Person; Sie sehen sie hier, sobald beide zugestimmt haben.',
  pdf: 'Lernvereinbarung (PDF)',
  unreadable: 'Diese Fassung kann hier nicht angezeigt werden. Öffnen Sie das PDF, um sie zu lesen.',
  notStated: 'Keine Angabe',
  agreed: {
    firstVersion: 'Vereinbarte Fassung',
    firstVersionIntro: 'Von allen drei Parteien unterschrieben.',
    approvedChanges: 'Vereinbarte Fassung (mit Änderungen)',
    approvedChangesIntro: 'Die letzten von allen drei Parteien unterschriebenen Änderungen.',
  },
  proposal: {
    awaitingTitle: 'Vorschlag zur Unterschrift',
    awaitingIntro:
      'Die teilnehmende Person und die entsendende Organisation haben diesem Vorschlag zugestimmt. Unterschreiben Sie ihn, oder bitten Sie um Änderungen.',
    commentedTitle: 'Vorschlag, zu dem Sie Änderungen erbeten haben',
    proposedBy: 'Vorgeschlagen von {{party}} am {{date}} · Fassung {{version}}',
    proposers: {
      SENDING: 'der entsendenden Organisation',
      PARTICIPANT: 'der teilnehmenden Person',
    },
    firstProposal: 'Der erste Vorschlag: die ganze Vereinbarung.',
    changesTitle: 'Was sich ändert',
    changesIntro: 'Im Vergleich zur vereinbarten Fassung.',
    changesLabel: 'Geänderte Zeilen',
    noRowChanges: 'Kein Lernergebnis und keine Aktivität wird hinzugefügt oder entfernt.',
    otherChangesTitle: 'Weitere Änderungen',
    before: 'Bisher',
    proposed: 'Vorgeschlagen',
    wholeProposal: 'Die ganze vorgeschlagene Vereinbarung',
    asked:
      'Sie haben um Änderungen gebeten: {{text}}. Die entsendende Organisation überarbeitet den Vorschlag.',
    askedBefore:
      'Sie hatten um Änderungen gebeten: {{text}}. Die teilnehmende Person und die entsendende Organisation haben dem Vorschlag unverändert erneut zugestimmt.',
  },
  change: {
    INSERTED: 'Hinzugefügt',
    DELETED: 'Entfernt',
    sections: {
      learningOutcomes: 'Lernergebnis',
      activities: 'Aktivität',
    },
    reason: 'Grund: {{reason}}',
    noReason: 'Kein Grund angegeben',
    reasons: {
      NOT_AVAILABLE: 'Nicht verfügbar',
      LANGUAGE_MISMATCH: 'Sprache passt nicht',
      TIMETABLE_CONFLICT: 'Terminkonflikt',
      SUBSTITUTING_DELETED: 'Ersetzt eine entfernte Zeile',
      EXTENDING_MOBILITY: 'Verlängert die Mobilität',
      ADDING_OUTCOME: 'Fügt ein Lernergebnis hinzu',
      OTHER: 'Anderer Grund',
    },
  },
  content: {
    outcomes: 'Erwartete Lernergebnisse',
    outcomesLabel: 'Erwartete Lernergebnisse',
    noOutcomes: 'Keine Lernergebnisse.',
    kinds: {
      KNOWLEDGE: 'Kenntnisse',
      SKILLS: 'Fertigkeiten',
      RESPONSIBILITY_AUTONOMY: 'Verantwortung und Selbstständigkeit',
    },
    assessment: 'Bewertung: {{method}}',
    activities: 'Programm der Aktivitäten',
    activitiesLabel: 'Programm der Aktivitäten',
    noActivities: 'Keine Aktivitäten im Einzelnen geplant.',
    hours_one: '{{count}} Stunde',
    hours_other: '{{count}} Stunden',
    terms: 'Vereinbarungen',
    sendingMentor: 'Betreuungsperson der entsendenden Organisation',
    hostMentor: 'Betreuungsperson der Aufnahmeeinrichtung',
    language: 'Sprache und Niveau',
    languageWithLevel: '{{language}}, GER-Niveau {{level}}',
    recognition: 'Anerkennung',
    monitoring: 'Begleitung',
    responsibilities: {
      participant: 'Aufgaben der teilnehmenden Person',
      sending: 'Aufgaben der entsendenden Organisation',
      host: 'Ihre Aufgaben als Aufnahmeeinrichtung',
    },
    qualification: 'Derzeitige Qualifikation',
    eqfLevel: 'EQR-Niveau {{level}}',
    sections: {
      mentors: 'Betreuungspersonen',
      language: 'Sprache und Niveau',
      recognition: 'Anerkennung',
      monitoring: 'Begleitung',
      responsibilities: 'Aufgaben',
      qualification: 'Derzeitige Qualifikation',
    },
  },
  signatures: {
    title: 'Unterschriften',
    none: 'Noch nicht unterschrieben.',
    label: 'Unterschriften',
    roles: {
      PARTICIPANT: 'Teilnehmende Person',
      SENDING: 'Entsendende Organisation',
      HOST: 'Aufnahmeeinrichtung',
    },
    signedAt: 'unterschrieben am {{time}}',
  },
  sign: {
    open: 'Lernvereinbarung unterschreiben',
    dialogTitle: 'Lernvereinbarung unterschreiben',
    summary:
      'Sie unterschreiben Fassung {{version}} der Lernvereinbarung für {{participant}} im Namen Ihrer Einrichtung.',
    outcomes_one: '{{count}} Lernergebnis',
    outcomes_other: '{{count}} Lernergebnisse',
    activities_one: '{{count}} Aktivität',
    activities_other: '{{count}} Aktivitäten',
    signedBy: 'Bereits unterschrieben von: {{parties}}',
    consequence:
      'Ihre Unterschrift ist die letzte: Danach gilt die Vereinbarung, und die anderen Parteien werden informiert.',
    position: 'Ihre Funktion',
    positionDescription: 'Z. B. Ausbildungsleitung. Sie steht neben Ihrem Namen in der Vereinbarung.',
    cancel: 'Abbrechen',
    submit: 'Unterschreiben',
    done: 'Sie haben die Lernvereinbarung unterschrieben. Mit allen drei Unterschriften ist sie nun vereinbart.',
  },
  comment: {
    open: 'Um Änderungen bitten',
    dialogTitle: 'Um Änderungen bitten',
    intro:
      'Ihr Kommentar geht an die entsendende Organisation und die teilnehmende Person. Die Zustimmungen zu diesem Vorschlag werden zurückgenommen, und die entsendende Organisation überarbeitet ihn.',
    text: 'Was soll sich ändern?',
    textDescription: 'Sagen Sie, was hinzukommen, wegfallen oder anders werden soll, und warum.',
    tooShort: 'Sagen Sie in ein paar Worten, was sich ändern soll.',
    cancel: 'Abbrechen',
    submit: 'Kommentar senden',
  },
  closeDialog: 'Schließen',
  problems: {
    stale: 'Der Vorschlag hat sich geändert, während Sie ihn gelesen haben; er wurde neu geladen.',
    notFound: 'Diese Aufnahme gibt es nicht mehr, oder sie ist nicht mehr bei Ihrer Einrichtung.',
    codes: {
      NOT_YOUR_TURN:
        'Sie sind noch nicht an der Reihe: Der Vorschlag wartet zuerst auf die teilnehmende Person oder die entsendende Organisation. Wir haben den aktuellen Stand geladen.',
      ALREADY_SIGNED:
        'Sie haben diesen Vorschlag bereits unterschrieben. Wir haben den aktuellen Stand geladen.',
      MOBILITY_CLOSED_FOR_CHANGES:
        'Die Lernvereinbarung dieser Mobilität kann nicht mehr geändert werden. Wir haben den aktuellen Stand geladen.',
      NO_PROPOSAL: 'Es gibt keinen Vorschlag mehr zu unterschreiben. Wir haben den aktuellen Stand geladen.',
      COMMENT_REQUIRED: 'Sagen Sie in ein paar Worten, was sich ändern soll.',
      UNCHANGED: 'Der Vorschlag ist derselbe wie die vereinbarte Fassung.',
    },
  },
};
