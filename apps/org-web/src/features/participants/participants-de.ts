import type { ParticipantsTexts } from './participants-en';

/** German texts of the participants page (`org:participants.*`). */
export const participantsDe: ParticipantsTexts = {
  pageTitle: 'Teilnehmende – Mobilis für Organisationen',
  title: 'Teilnehmende',
  intro: 'Die Beschäftigten und Lernenden, die Ihre Organisation ins Ausland entsendet.',
  search: 'Suche',
  searchDescription: 'Teil eines Namens oder einer E-Mail-Adresse.',
  searchPlaceholder: 'z. B. Becker',
  caption: 'Teilnehmende Ihrer Organisation',
  captionSearch: 'Teilnehmende zu „{{search}}“',
  name: 'Name',
  email: 'E-Mail',
  category: 'Kategorie',
  unit: 'Abteilung oder Klasse',
  fewerOpportunities: 'Geringere Chancen',
  yes: 'Ja',
  no: 'Nein',
  notRecorded: '—',
  categories: {
    STAFF: 'Personal',
    LEARNER: 'Lernende',
  },
  shown: '{{shown}} angezeigt',
  loadMore: 'Mehr laden',
  loadingMore: 'Weitere Teilnehmende werden geladen…',
  empty: 'Noch keine Teilnehmenden',
  emptyDescription:
    'Fügen Sie sie einzeln hinzu oder importieren Sie eine CSV-Datei aus Ihrem Schul- oder Personalsystem.',
  noMatches: 'Niemand passt zu „{{search}}“.',
  addParticipant: 'Person hinzufügen',
  importFromCsv: 'Aus CSV importieren',
  form: {
    title: 'Person hinzufügen',
    firstName: 'Vorname',
    lastName: 'Nachname',
    email: 'E-Mail',
    dateOfBirth: 'Geburtsdatum',
    category: 'Kategorie',
    chooseCategory: 'Personal oder Lernende wählen',
    unit: 'Abteilung oder Klasse',
    unitDescription: 'Z. B. die Klasse von Lernenden oder die Abteilung von Beschäftigten.',
    fewerOpportunities: 'Person mit geringeren Chancen',
    fewerOpportunitiesDescription: 'Ermöglicht Inklusionsunterstützung für die Mobilitäten dieser Person.',
    justification: 'Begründung der geringeren Chancen',
    justificationDescription:
      'Besondere Kategorie personenbezogener Daten (sie kann Gesundheit, soziale oder wirtschaftliche Umstände offenlegen): nur die Administration Ihrer Organisation sieht sie, und jeder Zugriff wird protokolliert. Schreiben Sie nur, was die Förderung verlangt.',
    justificationAdminsOnly:
      'Die Begründung geringerer Chancen ist eine besondere Kategorie personenbezogener Daten: nur die Administration Ihrer Organisation kann sie erfassen.',
    submit: 'Person speichern',
    added: '{{name}} wurde hinzugefügt.',
  },
  csv: {
    title: 'Teilnehmende aus CSV importieren',
    help: 'Eine CSV-Datei in UTF-8, getrennt durch Semikolon oder Komma, mit Kopfzeile. Pflichtspalten: Vorname (firstName), Nachname (lastName), E-Mail (email), Kategorie (category: STAFF oder LEARNER; Personal, Lernende, staff und learner gehen auch). Optional: Geburtsdatum (dateOfBirth, JJJJ-MM-TT), Klasse (unit), fewerOpportunities (ja/nein). Es werden entweder alle Zeilen importiert oder keine.',
    specialCategory:
      'Die Datei kann keine Begründung geringerer Chancen enthalten: sie ist eine besondere Kategorie personenbezogener Daten und wird von der Administration im Formular erfasst.',
    template: 'Vorlage herunterladen (CSV)',
    file: 'CSV-Datei',
    fileDescription:
      'Sie wird zuerst in Ihrem Browser geprüft; gesendet wird erst, wenn Sie Importieren wählen.',
    separator: 'Trennzeichen: {{separator}}',
    semicolon: 'Semikolon (;)',
    comma: 'Komma (,)',
    rows: 'Zeilen mit Teilnehmenden: {{rows}}',
    readFailed:
      'Die Datei konnte nicht gelesen werden. Speichern Sie sie als UTF-8-Text und wählen Sie sie erneut.',
    chooseFile: 'Wählen Sie zuerst eine Datei.',
    ready: 'Keine Probleme gefunden: die Datei kann importiert werden.',
    import: 'Importieren',
    imported: '{{number}} Teilnehmende importiert.',
    importedOne: '1 teilnehmende Person importiert.',
    browserErrors:
      'Die Datei hat Fehler. Korrigieren Sie sie und wählen Sie die Datei erneut; es wurde nichts gesendet.',
    serverErrors:
      'Die Datei hat Fehler; es wurde nichts importiert. Korrigieren Sie sie und wählen Sie die Datei erneut.',
    errorsCaption: 'Fehler in der Datei',
    row: 'Zeile',
    column: 'Spalte',
    problem: 'Problem',
    wholeFile: '(ganze Datei)',
  },
};
