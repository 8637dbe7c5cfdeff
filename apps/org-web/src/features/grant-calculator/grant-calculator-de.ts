import type { GrantCalculatorTexts } from './grant-calculator-en';

/** German texts of the grant calculator (`org:grantCalculator.*`); same keys and placeholders as English. */
export const grantCalculatorDe: GrantCalculatorTexts = {
  title: 'Zuschussrechner',
  intro:
    'Schätzen Sie den EU-Zuschuss für eine Mobilität. Jeder Betrag wird in Ihrem Browser nach den Programmregeln berechnet und Zeile für Zeile erklärt.',
  form: {
    title: 'Mobilität',
    activitySection: 'Projekt und Aktivität',
    callYear: 'Aufrufjahr',
    callYearDescription: 'Ein Projekt behält die Regeln seines Aufrufjahres während der gesamten Laufzeit.',
    action: 'Aktion',
    activityType: 'Aktivitätsart',
    activityTypeOption: '{{name}} ({{code}})',
    hostCountry: 'Aufnahmeland',
    chooseCountry: 'Land auswählen',
    distanceSection: 'Entfernung',
    distance: 'Entfernung (km, einfache Strecke)',
    distanceDescription:
      'Offizielle Entfernung aus dem Entfernungsrechner der Europäischen Kommission. Wenn eingetragen, gilt sie immer vor einer aus zwei Orten berechneten Entfernung.',
    computeFromPlaces: 'Aus zwei Orten berechnen',
    placesHelp:
      'Koordinaten in Dezimalgrad (z. B. 51,4556 und 7,0116 für Essen). Die Großkreisentfernung schlägt nur das Entfernungsband vor; tragen Sie die offizielle Zahl ein, sobald Sie sie haben.',
    originLatitude: 'Breitengrad des Abreiseorts',
    originLongitude: 'Längengrad des Abreiseorts',
    destinationLatitude: 'Breitengrad des Zielorts',
    destinationLongitude: 'Längengrad des Zielorts',
    suggestedDistance: 'Vorgeschlagene Entfernung: {{km}} km',
    noSuggestion: 'Geben Sie alle vier Koordinaten ein, um eine Entfernung vorgeschlagen zu bekommen.',
    datesSection: 'Termine und Reise',
    startDate: 'Beginn',
    endDate: 'Ende',
    travelDays: 'Reisetage',
    travelDaysDescription:
      'Gefördert werden bis zu {{standardMax}} Reisetage, bei umweltfreundlichem Reisen (Bahn, Bus oder Fahrgemeinschaft für den Großteil der Strecke) bis zu {{greenMax}}.',
    greenTravel: 'Umweltfreundliches Reisen',
    participantSection: 'Teilnehmende Person und Sonderfälle',
    fewerOpportunities: 'Teilnehmende Person mit geringeren Chancen',
    accompanyingPerson: 'Begleitperson',
    zeroGrant: 'Mobilität ohne EU-Zuschuss für Reise und individuelle Unterstützung (Zero Grant)',
    forceMajeure: 'Höhere Gewalt',
    organisationalSupportNotRequested: 'Organisatorische Unterstützung nicht beantragt',
    courseFeeDays: 'Tage mit Kursgebühren',
    ratesSection: 'Sätze und tatsächliche Kosten',
    naDailyRate: 'Tagessatz der Nationalen Agentur (€)',
    naDailyRateDescription:
      'Die Programmvorlagen lassen die Tagessätze der individuellen Unterstützung leer: Sie werden von Ihrer Nationalen Agentur festgelegt. Solange Sie deren Satz hier nicht eintragen, wird keine individuelle Unterstützung berechnet.',
    realTravelCost: 'Tatsächliche Reisekosten (€, optional)',
    realTravelCostDescription:
      'Hohe Reisekosten: Deckt der Bandbetrag weniger als {{coverage}} % der tatsächlichen Kosten, werden stattdessen {{reimbursed}} % der tatsächlichen Kosten gezahlt.',
    participantInclusionCosts:
      'Inklusionsunterstützung für die teilnehmende Person, tatsächliche Kosten (€, optional)',
  },
  result: {
    title: 'Zuschuss',
    caption: 'Zuschusspositionen dieser Mobilität',
    category: 'Budgetposten',
    calculation: 'Menge × Stückbetrag',
    amount: 'Betrag',
    quantityTimesUnit: '{{quantity}} × {{unit}}',
    total: 'Summe',
    totalStatus: 'Zuschuss insgesamt: {{amount}}',
    noTotal: 'Noch keine Summe: Vervollständigen oder korrigieren Sie das Formular.',
    stillNeeded: 'Um den Zuschuss zu sehen, ergänzen oder korrigieren Sie: {{fields}}.',
    noLines: 'Für diese Mobilität ist kein Betrag fällig.',
    facts: 'So wurde gezählt',
    durationDays: 'Aktivitätstage',
    fundedTravelDays: 'Geförderte Reisetage',
    fundedDays: 'Geförderte Tage (individuelle Unterstützung)',
    distanceUsed: 'Verwendete Entfernung',
    distanceOfficial: '{{km}} km (offiziell)',
    distanceComputed: '{{km}} km (berechneter Vorschlag)',
    noDistance: 'Keine',
    rateCard: 'Satztabelle',
    warningsTitle: 'Bitte prüfen',
    confidence: {
      unconfirmed: 'Nicht bestätigter Wert',
      reconstructed: 'Rekonstruierter Wert',
    },
    confidenceNote:
      'Als „Nicht bestätigter Wert“ markierte Beträge stammen aus Programmdaten, die nicht anhand einer offiziellen Quelle bestätigt werden konnten. Prüfen Sie sie mit Ihrer Nationalen Agentur, bevor Sie sich darauf verlassen.',
  },
  categories: {
    TRAVEL: 'Reisekosten',
    INDIVIDUAL_SUPPORT: 'Individuelle Unterstützung',
    ORGANISATIONAL_SUPPORT: 'Organisatorische Unterstützung',
    COURSE_FEES: 'Kursgebühren',
    INCLUSION_SUPPORT: 'Inklusionsunterstützung',
    EXCEPTIONAL_COSTS: 'Außergewöhnliche Kosten',
  },
  actions: {
    'KA121-SCH': 'Akkreditierte Projekte – Schulbildung',
    'KA121-VET': 'Akkreditierte Projekte – Berufsbildung',
    'KA121-ADU': 'Akkreditierte Projekte – Erwachsenenbildung',
    'KA122-SCH': 'Kurzzeitprojekte – Schulbildung',
    'KA122-VET': 'Kurzzeitprojekte – Berufsbildung',
    'KA122-ADU': 'Kurzzeitprojekte – Erwachsenenbildung',
    'KA131-HED': 'Mobilität von Studierenden und Hochschulpersonal',
  },
  activityTypes: {
    'LM-GRP-PUPIL': 'Gruppenmobilität von Schülerinnen und Schülern',
    'LM-SHORT-PUPIL': 'Kurzzeit-Lernmobilität von Schülerinnen und Schülern',
    'LM-LONG-PUPILS': 'Langzeit-Lernmobilität von Schülerinnen und Schülern',
    'LM-SKILL-VET': 'Teilnahme an Berufswettbewerben (Berufsbildung)',
    'LM-SHORT-VET': 'Kurzzeit-Lernmobilität von Lernenden in der Berufsbildung',
    'LM-LONG-VET': 'Langzeit-Lernmobilität von Lernenden in der Berufsbildung (ErasmusPro)',
    'MOBILIS-LM-GRP-VET': 'Gruppenmobilität von Lernenden in der Berufsbildung',
    'MOBILIS-LM-GRP-ADU': 'Gruppenmobilität von erwachsenen Lernenden',
    'MOBILIS-LM-IND-ADU': 'Individuelle Lernmobilität von erwachsenen Lernenden',
    'SM-JOB-SHDW': 'Job-Shadowing (Hospitation)',
    'SM-TTA': 'Lehr- oder Ausbildungstätigkeit',
    'SM-COUR-TRAIN': 'Kurse und Fortbildungen',
    'OA-INV-EXP': 'Eingeladene Expertinnen und Experten',
    'OA-HOS-TTT': 'Aufnahme von Lehrkräften und Bildungspersonal in Ausbildung',
    'HE-SMS': 'Studierendenmobilität zu Studienzwecken',
    'HE-SMT': 'Studierendenmobilität für Praktika',
    'HE-STA': 'Personalmobilität zu Lehrzwecken',
    'HE-STT': 'Personalmobilität zu Fort- und Weiterbildungszwecken',
    'HE-BIP': 'Blended Intensive Programme (physische Phase)',
  },
  participantCategories: { STAFF: 'Personal', LEARNER: 'Lernende', OTHER: 'sonstige Teilnehmende' },
  items: {
    TRAVEL: 'die Reisekostenunterstützung',
    TRAVEL_DAYS: 'die geförderten Reisetage',
    INDIVIDUAL_SUPPORT: 'die individuelle Unterstützung',
    TAPERING: 'die Absenkung der individuellen Unterstützung',
    ORGANISATIONAL_SUPPORT: 'die organisatorische Unterstützung',
    COURSE_FEES: 'die Kursgebühren',
    INCLUSION_SUPPORT: 'die Inklusionsunterstützung für Organisationen',
  },
  travelModes: { STANDARD: 'Standard', GREEN: 'umweltfreundlich' },
  table: { open: 'Aufruf {{first}}+', closed: 'Aufrufe {{first}}–{{last}}' },
  band: { closed: '{{min}}–{{max}} km', open: '≥ {{min}} km', none: 'keinem Band' },
  noSource: 'keine Quelle',
  rateNotSetDetail: {
    withDetail: ' ({{detail}})',
    individualSupport: '{{category}}, Ländergruppe {{group}}',
  },
  explanations: {
    TRAVEL_BAND:
      'Entfernungsband {{band}}, Reiseart {{mode}}: {{amount}} pro teilnehmender Person (Tabelle {{table}}).',
    TRAVEL_BAND_GREEN_FALLBACK:
      'Entfernungsband {{band}}, umweltfreundliches Reisen: {{amount}} pro teilnehmender Person, der Standardbetrag, da die Tabelle {{table}} für dieses Band keinen eigenen Betrag enthält.',
    EXPENSIVE_TRAVEL:
      'Hohe Reisekosten: Der Bandbetrag {{bandAmount}} deckt weniger als {{coverage}} % der tatsächlichen Kosten von {{realCost}}, daher werden stattdessen {{reimbursed}} % davon gezahlt: {{amount}}.',
    FORCE_MAJEURE_TRAVEL: 'Höhere Gewalt: Reisekostenunterstützung von Hand eingegeben, {{amount}}.',
    INDIVIDUAL_SUPPORT_DAY_RATE:
      'Individuelle Unterstützung, Tagessatz für {{category}} in Ländergruppe {{group}}: {{days}} Tage × {{rate}} (Tabelle {{table}}).',
    INDIVIDUAL_SUPPORT_TAPERED:
      'Individuelle Unterstützung ab Tag {{fromDay}}: {{days}} Tage × {{rate}}, {{percent}} % des Tagessatzes von {{fullRate}} (Tabelle {{table}}).',
    FORCE_MAJEURE_INDIVIDUAL_SUPPORT:
      'Höhere Gewalt: individuelle Unterstützung von Hand eingegeben, {{amount}}.',
    ORGANISATIONAL_SUPPORT:
      'Organisatorische Unterstützung: {{amount}} pro teilnehmender Person (Tabelle {{table}}).',
    ORGANISATIONAL_SUPPORT_COURSES:
      'Organisatorische Unterstützung für Personal in Kursen und Fortbildungen: {{amount}} pro teilnehmender Person (Tabelle {{table}}).',
    COURSE_FEES: 'Kursgebühren: {{days}} Tage × {{rate}} (höchstens {{maxDays}} Tage, Tabelle {{table}}).',
    INCLUSION_SUPPORT_PARTICIPANTS:
      'Inklusionsunterstützung für die teilnehmende Person: tatsächliche Kosten von {{amount}}, zu 100 % erstattet.',
    INCLUSION_SUPPORT_ORGANISATIONS:
      'Inklusionsunterstützung für Organisationen: {{amount}} pro teilnehmender Person mit geringeren Chancen (Tabelle {{table}}).',
  },
  warnings: {
    DURATION_BELOW_MINIMUM:
      '{{days}} Aktivitätstage liegen unter der Mindestdauer von {{minDays}} Tagen für {{activityType}}.',
    DURATION_ABOVE_MAXIMUM:
      '{{days}} Aktivitätstage liegen über der Höchstdauer von {{maxDays}} Tagen für {{activityType}}.',
    DURATION_BETWEEN_RANGES:
      '{{days}} Aktivitätstage liegen zwischen der zulässigen Kurzzeit- und Langzeitdauer für {{activityType}}.',
    DURATION_LIMITS_UNKNOWN:
      'Die Dauergrenzen für {{activityType}} sind nicht bestätigt; prüfen Sie {{days}} Tage anhand des Programmleitfadens.',
    INVALID_DATES: 'Die Termine sind ungültig: Das Ende {{endDate}} liegt vor dem Beginn {{startDate}}.',
    ACTIVITY_NOT_COVERED_BY_RATE_CARD:
      'Die Satztabelle „{{card}}“ enthält keine Sätze für {{activityType}}; es wird kein Zuschuss berechnet.',
    CALL_YEAR_OUTSIDE_RATE_CARD:
      'Die Satztabelle „{{card}}“ gilt für die Tabelle {{table}}, die Mobilität gehört aber zum Aufruf {{callYear}}.',
    DISTANCE_MISSING:
      'Keine Entfernung eingegeben: Tragen Sie die Zahl aus dem Entfernungsrechner der Kommission (oder zwei Orte) ein, um die Reisekosten zu berechnen.',
    DISTANCE_BELOW_MINIMUM:
      'Unter 10 km gibt es keine Reisekostenunterstützung: {{km}} km liegen in keinem Entfernungsband.',
    COMPUTED_DISTANCE_IN_OTHER_BAND:
      'Die offizielle Entfernung von {{officialKm}} km ({{officialBand}}) wird verwendet; die berechneten {{computedKm}} km fielen in {{computedBand}}.',
    GREEN_AMOUNT_NOT_IN_TABLE:
      'Die Tabelle {{table}} enthält für {{band}} keinen Betrag für umweltfreundliches Reisen; der Standardbetrag wird gezahlt.',
    TRAVEL_DAYS_ABOVE_CAP:
      '{{travelDays}} Reisetage eingegeben; bei Reiseart {{mode}} werden höchstens {{cap}} gefördert, also {{cap}}.',
    RATE_NOT_SET:
      'Satz nicht festgelegt: Die Satztabelle enthält keinen Wert für {{item}}{{detail}}. Tragen Sie den Satz der Nationalen Agentur ein.',
    RATE_OUTSIDE_RANGE:
      'Der Tagessatz von {{rate}} liegt außerhalb der für diese Ländergruppe genannten Spanne {{min}}–{{max}} (nicht bestätigte Spanne).',
    UNCONFIRMED_FIGURE:
      'Der Wert für {{item}} ist nicht bestätigt ({{sources}}): Prüfen Sie ihn mit Ihrer Nationalen Agentur.',
    EXPENSIVE_TRAVEL_NOT_ELIGIBLE:
      'Keine hohen Reisekosten: Der Bandbetrag {{bandAmount}} deckt mindestens {{coverage}} % der tatsächlichen Kosten von {{realCost}}.',
    COURSE_FEES_NOT_APPLICABLE:
      'Für {{activityType}} werden keine Kursgebühren gezahlt: Nur Kurse und Fortbildungen haben Kursgebühren.',
    COURSE_FEE_DAYS_ABOVE_CAP:
      '{{days}} Tage mit Kursgebühren eingegeben; gezahlt werden höchstens {{maxDays}} Tage, also {{maxDays}}.',
    COURSE_FEE_DAYS_ABOVE_DURATION:
      '{{days}} Tage mit Kursgebühren sind mehr als die {{durationDays}} Aktivitätstage.',
    INCLUSION_SUPPORT_REQUIRES_PARTICIPANT_COSTS:
      'Inklusionsunterstützung für Organisationen wird nur gezahlt, wenn die teilnehmende Person mit geringeren Chancen auch Inklusionsunterstützung für tatsächliche Kosten erhält (Tabelle {{table}}).',
    INCLUSION_COSTS_WITHOUT_ENTITLEMENT:
      'Inklusionsunterstützung für tatsächliche Kosten ({{amount}}) setzt eine teilnehmende Person mit geringeren Chancen oder eine Begleitperson voraus.',
    FORCE_MAJEURE_AMOUNTS_IGNORED:
      'Von Hand eingegebene Beträge gelten nur für Mobilitäten mit höherer Gewalt; es gelten die berechneten Beträge.',
  },
  validation: {
    REQUIRED: 'Dieses Feld ist erforderlich.',
    INVALID_VALUE: 'Dieser Wert ist ungültig.',
    UNKNOWN_FIELD: 'Dieses Feld wird nicht erwartet.',
    AMOUNT_INVALID: 'Geben Sie einen Betrag ein.',
    AMOUNT_NOT_WHOLE_CENTS: 'Beträge sind ganze Euro-Cent.',
    AMOUNT_NEGATIVE: 'Der Betrag darf nicht negativ sein.',
    AMOUNT_TOO_LARGE: 'Der Betrag ist zu hoch.',
    NUMBER_INVALID: 'Geben Sie eine Zahl ein.',
    NUMBER_NOT_WHOLE: 'Geben Sie eine ganze Zahl ein.',
    NUMBER_TOO_SMALL: 'Die Zahl ist zu klein (mindestens {{limit}}).',
    NUMBER_TOO_LARGE: 'Die Zahl ist zu groß (höchstens {{limit}}).',
    BOOLEAN_INVALID: 'Wählen Sie Ja oder Nein.',
    TEXT_TOO_LONG: 'Der Text ist zu lang.',
    DATE_INVALID: 'Geben Sie ein gültiges Datum ein.',
    END_BEFORE_START: 'Das Ende darf nicht vor dem Beginn liegen.',
    CALL_YEAR_NOT_SUPPORTED: 'Mobilis unterstützt Aufrufe ab 2021 (das Programm 2021–2027).',
    ACTIVITY_TYPE_UNKNOWN: 'Wählen Sie eine Aktivitätsart.',
    COUNTRY_NOT_ELIGIBLE: 'Wählen Sie einen EU-Mitgliedstaat oder ein mit dem Programm assoziiertes Land.',
  },
};
