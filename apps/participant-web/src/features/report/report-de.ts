import type { ReportTexts } from './report-en';

/** German texts of the time after the mobility (`participant:report.*`). */
export const reportDe: ReportTexts = {
  title: 'Nach Ihrer Mobilität',
  intro: 'Erzählen Sie Ihrer entsendenden Organisation, wie es war. Sie senden Ihren Bericht einmal.',
  formTitle: 'Ihr Bericht',
  satisfaction: 'Wie zufrieden sind Sie insgesamt mit Ihrer Mobilität?',
  satisfactionOptions: {
    s1: '1 – Sehr unzufrieden',
    s2: '2 – Unzufrieden',
    s3: '3 – Weder zufrieden noch unzufrieden',
    s4: '4 – Zufrieden',
    s5: '5 – Sehr zufrieden',
  },
  skillsGained: 'Was haben Sie gelernt, und welche Fähigkeiten haben Sie erworben?',
  recognition: 'Wird das, was Sie im Ausland gelernt haben, zu Hause anerkannt?',
  recognitionPlaceholder: 'Antwort wählen',
  recognitionAnswers: {
    FULLY: 'Ja, vollständig',
    PARTLY: 'Teilweise',
    NOT_YET: 'Noch nicht',
    NOT_PLANNED: 'Eine Anerkennung ist nicht vorgesehen',
  },
  comments: 'Möchten Sie uns noch etwas mitteilen?',
  submit: 'Bericht senden',
  submitted: 'Danke: Ihr Bericht wurde gesendet.',
  stale:
    'Ihre Mobilität wurde inzwischen geändert. Sie wurde neu geladen: Prüfen Sie Ihre Antworten und senden Sie erneut.',
  viewTitle: 'Ihr Bericht',
  submittedAt: 'Gesendet am {{date}}',
  satisfactionValue: '{{value}} von 5',
  notAnswered: 'Nicht beantwortet',
  certificate: 'Ihr Zertifikat herunterladen (PDF)',
  certificateHint: 'Sobald Sie Ihren Bericht gesendet haben, können Sie hier Ihr Zertifikat herunterladen.',
  hostTitle: 'Was Ihre Aufnahmeeinrichtung bewertet hat',
  hostPending: 'Ihre Aufnahmeeinrichtung hat Ihre Lernergebnisse noch nicht bewertet.',
  achievements: {
    ACHIEVED: 'Erreicht',
    PARTLY_ACHIEVED: 'Teilweise erreicht',
    NOT_ACHIEVED: 'Nicht erreicht',
  },
  skillsTitle: 'Erworbene Fähigkeiten',
  skillAreas: {
    jobRelated: 'Berufsbezogene Fähigkeiten',
    language: 'Sprachkenntnisse',
    digital: 'Digitale Kompetenzen',
    organisational: 'Organisations- und Führungskompetenzen',
    communication: 'Kommunikative und soziale Kompetenzen',
    other: 'Weitere Fähigkeiten',
  },
};
