/**
 * German texts of the validation codes the domain's schemas and the API report (its
 * VALIDATION_MESSAGES). One copy for the three apps; each app checks with `satisfies` that every
 * domain code is translated, so this package needs no knowledge of the domain itself.
 */
export const validationDe = {
  REQUIRED: 'Dieses Feld ist erforderlich.',
  INVALID_VALUE: 'Dieser Wert ist ungültig.',
  UNKNOWN_FIELD: 'Dieses Feld wird nicht erwartet.',
  EMAIL_INVALID: 'Geben Sie eine gültige E-Mail-Adresse ein.',
  PASSWORD_REQUIRED: 'Geben Sie Ihr Passwort ein.',
  PASSWORD_TOO_LONG: 'Das Passwort ist zu lang (höchstens 1024 Zeichen).',
  PASSWORD_TOO_SHORT:
    'Wählen Sie ein Passwort mit mindestens 10 Zeichen, oder lassen Sie es leer, um sich mit per E-Mail gesendeten Links anzumelden.',
  AMOUNT_INVALID: 'Geben Sie einen Betrag ein.',
  AMOUNT_NOT_WHOLE_CENTS: 'Beträge sind ganze Eurocent.',
  AMOUNT_NEGATIVE: 'Der Betrag darf nicht negativ sein.',
  AMOUNT_TOO_LARGE: 'Der Betrag ist zu hoch.',
  NUMBER_INVALID: 'Geben Sie eine Zahl ein.',
  NUMBER_NOT_WHOLE: 'Geben Sie eine ganze Zahl ein.',
  NUMBER_TOO_SMALL: 'Die Zahl ist zu klein.',
  NUMBER_TOO_LARGE: 'Die Zahl ist zu groß.',
  BOOLEAN_INVALID: 'Wählen Sie Ja oder Nein.',
  TEXT_TOO_LONG: 'Der Text ist zu lang.',
  DATE_INVALID: 'Geben Sie ein Datum als JJJJ-MM-TT ein.',
  END_BEFORE_START: 'Das Ende darf nicht vor dem Beginn liegen.',
  CALL_YEAR_NOT_SUPPORTED: 'Mobilis unterstützt Aufrufe ab 2021 (Programm 2021–2027).',
  ACTIVITY_TYPE_UNKNOWN: 'Wählen Sie eine Aktivitätsart.',
  COUNTRY_NOT_ELIGIBLE: 'Wählen Sie einen EU-Mitgliedstaat oder ein mit dem Programm assoziiertes Land.',
  TRAVEL_BAND_UNKNOWN: 'Wählen Sie eine der Entfernungsstufen.',
  OID_INVALID: 'Eine OID ist der Buchstabe E und 8 Ziffern, z. B. E10154317.',
  PIC_INVALID: 'Eine PIC besteht aus 9 Ziffern, z. B. 961360405.',
  ERASMUS_CODE_INVALID:
    'Ein Erasmus-Code besteht aus Länderkürzel, Ortsteil und Nummer, z. B. „D  OFFENBU01“.',
  PROJECT_CODE_INVALID: 'Eine Projektnummer sieht so aus: 2024-1-DE02-KA122-SCH-000123456.',
  PROJECT_ACTION_NOT_SUPPORTED:
    'Mobilis verwaltet KA121- und KA122-Projekte (SCH, VET, ADU) sowie KA131-HED.',
  PROJECT_CODE_TAKEN: 'Ein Projekt mit dieser Nummer gibt es bereits.',
  TEXT_REQUIRED: 'Füllen Sie dieses Feld aus.',
  NAME_REQUIRED: 'Geben Sie einen Namen ein.',
  CATEGORY_INVALID: 'Wählen Sie Personal oder Lernende.',
  EMAIL_TAKEN: 'Es gibt bereits eine teilnehmende Person mit dieser E-Mail-Adresse.',
  EMAIL_DUPLICATE_IN_FILE: 'Diese E-Mail-Adresse kommt mehrmals in der Datei vor.',
  ACTIVITY_NOT_IN_ACTION: 'Diese Aktivitätsart ist in der Aktion des Projekts nicht zulässig.',
  ACTIVITY_CATEGORY_MISMATCH: 'Die Aktivität ist für eine andere Personengruppe (Personal oder Lernende).',
  DURATION_OUT_OF_RANGE:
    'Die Zahl der Aktivitätstage liegt außerhalb dessen, was diese Aktivitätsart erlaubt.',
  COURSE_FEES_NOT_APPLICABLE: 'Kursgebühren gibt es nur für Kurse und Fortbildungen.',
  DATES_OUTSIDE_PROJECT: 'Die Mobilität muss innerhalb der Projektlaufzeit stattfinden.',
  HOST_NOT_IN_DIRECTORY: 'Wählen Sie eine Aufnahmeeinrichtung aus Ihrem Verzeichnis.',
  HOST_REQUIRED: 'Wählen Sie zuerst eine Aufnahmeeinrichtung.',
  PARTICIPANT_UNKNOWN: 'Wählen Sie eine teilnehmende Person Ihrer Organisation.',
  REASON_REQUIRED: 'Geben Sie einen Grund an.',
  COORDINATE_INVALID:
    'Geben Sie einen Breitengrad zwischen −90 und 90 und einen Längengrad zwischen −180 und 180 ein.',
  ORGANISATION_TYPE_INVALID: 'Wählen Sie die Art der Organisation.',
  CSV_EMPTY: 'Die Datei enthält keine Zeilen mit Teilnehmenden.',
  CSV_HEADER_MISSING: 'In der Kopfzeile fehlt eine erforderliche Spalte.',
  CSV_TOO_MANY_ROWS: 'Importieren Sie höchstens 2 000 Teilnehmende auf einmal.',
};
