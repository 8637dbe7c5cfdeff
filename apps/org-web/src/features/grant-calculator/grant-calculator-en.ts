/**
 * English texts of the grant calculator (`org:grantCalculator.*`), kept beside the feature so
 * `org-en.ts` stays short. Explanations, warnings and validation messages are keyed by the
 * domain's message `code`; their `{{placeholders}}` are the message params, formatted for the
 * locale (`…Cents` params arrive as money without the suffix, e.g. `amountCents` → `{{amount}}`).
 */
export const grantCalculatorEn = {
  title: 'Grant calculator',
  intro:
    'Estimate the EU grant for one mobility. Every amount is computed in your browser with the programme rules and explained line by line.',
  form: {
    title: 'Mobility',
    activitySection: 'Project and activity',
    callYear: 'Call year',
    callYearDescription: 'A project keeps the rules of its call year for its whole life.',
    action: 'Action',
    activityType: 'Activity type',
    activityTypeOption: '{{name}} ({{code}})',
    hostCountry: 'Host country',
    chooseCountry: 'Choose a country',
    distanceSection: 'Distance',
    distance: 'Distance (km, one way)',
    distanceDescription:
      'Official distance from the EC distance calculator. When entered, it always wins over a distance computed from two places.',
    computeFromPlaces: 'Compute from two places',
    placesHelp:
      'Coordinates in decimal degrees (e.g. 51.4556 and 7.0116 for Essen). The great-circle distance only suggests the band; enter the official figure when you have it.',
    originLatitude: 'Origin latitude',
    originLongitude: 'Origin longitude',
    destinationLatitude: 'Destination latitude',
    destinationLongitude: 'Destination longitude',
    suggestedDistance: 'Suggested distance: {{km}} km',
    noSuggestion: 'Enter all four coordinates for a suggested distance.',
    datesSection: 'Dates and travel',
    startDate: 'Start date',
    endDate: 'End date',
    travelDays: 'Travel days',
    travelDaysDescription:
      'Up to {{standardMax}} travel days are funded, up to {{greenMax}} with green travel (train, bus or car sharing for most of the journey).',
    greenTravel: 'Green travel',
    participantSection: 'Participant and special cases',
    fewerOpportunities: 'Participant with fewer opportunities',
    accompanyingPerson: 'Accompanying person',
    zeroGrant: 'Zero-grant mobility (no EU grant for travel and individual support)',
    forceMajeure: 'Force majeure',
    organisationalSupportNotRequested: 'Organisational support not requested',
    courseFeeDays: 'Course-fee days',
    ratesSection: 'Rates and real costs',
    naDailyRate: 'National Agency per-day rate (€)',
    naDailyRateDescription:
      'The programme templates leave per-day rates for individual support empty: your National Agency sets them. Until you enter its rate here, individual support is not calculated.',
    realTravelCost: 'Real travel cost (€, optional)',
    realTravelCostDescription:
      'Expensive travel: when the band amount covers less than {{coverage}} % of the real cost, {{reimbursed}} % of the real cost is paid instead.',
    participantInclusionCosts: 'Inclusion support for the participant, real costs (€, optional)',
  },
  result: {
    title: 'Grant',
    caption: 'Grant lines for this mobility',
    category: 'Budget item',
    calculation: 'Quantity × unit amount',
    amount: 'Amount',
    quantityTimesUnit: '{{quantity}} × {{unit}}',
    total: 'Total',
    totalStatus: 'Total grant: {{amount}}',
    noTotal: 'No total yet: complete or correct the form.',
    stillNeeded: 'To see the grant, complete or correct: {{fields}}.',
    noLines: 'No amount is due for this mobility.',
    facts: 'How it was counted',
    durationDays: 'Activity days',
    fundedTravelDays: 'Funded travel days',
    fundedDays: 'Funded days (individual support)',
    distanceUsed: 'Distance used',
    distanceOfficial: '{{km}} km (official)',
    distanceComputed: '{{km}} km (computed suggestion)',
    noDistance: 'None',
    rateCard: 'Rate card',
    warningsTitle: 'Check these points',
    confidence: {
      unconfirmed: 'Unconfirmed figure',
      reconstructed: 'Reconstructed figure',
    },
    confidenceNote:
      'Figures marked “Unconfirmed figure” come from programme data that could not be confirmed against an official source. Check them with your National Agency before relying on them.',
  },
  categories: {
    TRAVEL: 'Travel',
    INDIVIDUAL_SUPPORT: 'Individual support',
    ORGANISATIONAL_SUPPORT: 'Organisational support',
    COURSE_FEES: 'Course fees',
    INCLUSION_SUPPORT: 'Inclusion support',
    EXCEPTIONAL_COSTS: 'Exceptional costs',
  },
  actions: {
    'KA121-SCH': 'Accredited projects — school education',
    'KA121-VET': 'Accredited projects — vocational education and training',
    'KA121-ADU': 'Accredited projects — adult education',
    'KA122-SCH': 'Short-term projects — school education',
    'KA122-VET': 'Short-term projects — vocational education and training',
    'KA122-ADU': 'Short-term projects — adult education',
    'KA131-HED': 'Mobility of higher-education students and staff',
  },
  activityTypes: {
    'LM-GRP-PUPIL': 'Group mobility of school pupils',
    'LM-SHORT-PUPIL': 'Short-term learning mobility of pupils',
    'LM-LONG-PUPILS': 'Long-term learning mobility of pupils',
    'LM-SKILL-VET': 'Participation in VET skills competitions',
    'LM-SHORT-VET': 'Short-term learning mobility of VET learners',
    'LM-LONG-VET': 'Long-term learning mobility of VET learners (ErasmusPro)',
    'MOBILIS-LM-GRP-VET': 'Group mobility of VET learners',
    'MOBILIS-LM-GRP-ADU': 'Group mobility of adult learners',
    'MOBILIS-LM-IND-ADU': 'Individual learning mobility of adult learners',
    'SM-JOB-SHDW': 'Job shadowing',
    'SM-TTA': 'Teaching or training assignment',
    'SM-COUR-TRAIN': 'Courses and training',
    'OA-INV-EXP': 'Invited experts',
    'OA-HOS-TTT': 'Hosting teachers and educators in training',
    'HE-SMS': 'Student mobility for studies',
    'HE-SMT': 'Student mobility for traineeships',
    'HE-STA': 'Staff mobility for teaching',
    'HE-STT': 'Staff mobility for training',
    'HE-BIP': 'Blended intensive programme (physical part)',
  },
  participantCategories: { STAFF: 'staff', LEARNER: 'learner', OTHER: 'other participant' },
  items: {
    TRAVEL: 'travel support',
    TRAVEL_DAYS: 'funded travel days',
    INDIVIDUAL_SUPPORT: 'individual support',
    TAPERING: 'tapering of individual support',
    ORGANISATIONAL_SUPPORT: 'organisational support',
    COURSE_FEES: 'course fees',
    INCLUSION_SUPPORT: 'inclusion support for organisations',
  },
  travelModes: { STANDARD: 'standard', GREEN: 'green' },
  table: { open: 'call {{first}}+', closed: 'call {{first}}–{{last}}' },
  band: { closed: '{{min}}–{{max}} km', open: '≥ {{min}} km', none: 'no band' },
  noSource: 'no source',
  rateNotSetDetail: {
    withDetail: ' ({{detail}})',
    individualSupport: '{{category}}, country group {{group}}',
  },
  explanations: {
    TRAVEL_BAND: 'Travel band {{band}}, {{mode}} travel: {{amount}} per participant ({{table}} table).',
    TRAVEL_BAND_GREEN_FALLBACK:
      'Travel band {{band}}, green travel: {{amount}} per participant, the standard amount, as the {{table}} table has no green amount for this band.',
    EXPENSIVE_TRAVEL:
      'Expensive travel: the band amount {{bandAmount}} covers less than {{coverage}} % of the real cost {{realCost}}, so {{reimbursed}} % of it is paid instead: {{amount}}.',
    FORCE_MAJEURE_TRAVEL: 'Force majeure: travel support entered by hand, {{amount}}.',
    INDIVIDUAL_SUPPORT_DAY_RATE:
      'Individual support, {{category}} rate for country group {{group}}: {{days}} days × {{rate}} ({{table}} table).',
    INDIVIDUAL_SUPPORT_TAPERED:
      'Individual support from day {{fromDay}}: {{days}} days × {{rate}}, {{percent}} % of the day rate {{fullRate}} ({{table}} table).',
    FORCE_MAJEURE_INDIVIDUAL_SUPPORT: 'Force majeure: individual support entered by hand, {{amount}}.',
    ORGANISATIONAL_SUPPORT: 'Organisational support: {{amount}} per participant ({{table}} table).',
    ORGANISATIONAL_SUPPORT_COURSES:
      'Organisational support for staff in courses and training: {{amount}} per participant ({{table}} table).',
    COURSE_FEES: 'Course fees: {{days}} days × {{rate}} (at most {{maxDays}} days, {{table}} table).',
    INCLUSION_SUPPORT_PARTICIPANTS:
      'Inclusion support for the participant: real costs of {{amount}}, paid at 100 %.',
    INCLUSION_SUPPORT_ORGANISATIONS:
      'Inclusion support for organisations: {{amount}} per participant with fewer opportunities ({{table}} table).',
  },
  warnings: {
    DURATION_BELOW_MINIMUM:
      '{{days}} activity days is below the minimum of {{minDays}} days for {{activityType}}.',
    DURATION_ABOVE_MAXIMUM:
      '{{days}} activity days is above the maximum of {{maxDays}} days for {{activityType}}.',
    DURATION_BETWEEN_RANGES:
      '{{days}} activity days falls between the short-term and long-term durations allowed for {{activityType}}.',
    DURATION_LIMITS_UNKNOWN:
      'Duration limits for {{activityType}} are not confirmed; check {{days}} days against the Programme Guide.',
    INVALID_DATES:
      'The dates are not valid: the end date {{endDate}} is before the start date {{startDate}}.',
    ACTIVITY_NOT_COVERED_BY_RATE_CARD:
      'The rate card “{{card}}” has no rates for {{activityType}}; no grant is calculated.',
    CALL_YEAR_OUTSIDE_RATE_CARD:
      'The rate card “{{card}}” is for the {{table}} table, but the mobility belongs to call {{callYear}}.',
    DISTANCE_MISSING:
      'No distance entered: enter the EC distance-calculator figure (or two places) to compute travel support.',
    DISTANCE_BELOW_MINIMUM: 'No travel support below 10 km: {{km}} km is in no distance band.',
    COMPUTED_DISTANCE_IN_OTHER_BAND:
      'The official distance {{officialKm}} km ({{officialBand}}) is used; the computed {{computedKm}} km would fall in {{computedBand}}.',
    GREEN_AMOUNT_NOT_IN_TABLE:
      'The {{table}} table has no green amount for {{band}}; the standard amount is paid.',
    TRAVEL_DAYS_ABOVE_CAP:
      '{{travelDays}} travel days entered; at most {{cap}} are funded for {{mode}} travel, so {{cap}} are funded.',
    RATE_NOT_SET:
      'Rate not set: the rate card has no figure for {{item}}{{detail}}. Enter the National Agency’s rate.',
    RATE_OUTSIDE_RANGE:
      'The day rate {{rate}} is outside the range {{min}}–{{max}} reported for this country group (unconfirmed range).',
    UNCONFIRMED_FIGURE:
      'The figure used for {{item}} is unconfirmed ({{sources}}): check it against your National Agency.',
    EXPENSIVE_TRAVEL_NOT_ELIGIBLE:
      'Expensive travel not granted: the band amount {{bandAmount}} covers at least {{coverage}} % of the real cost {{realCost}}.',
    COURSE_FEES_NOT_APPLICABLE:
      'Course fees are not paid for {{activityType}}: only courses and training have course fees.',
    COURSE_FEE_DAYS_ABOVE_CAP:
      '{{days}} course-fee days entered; course fees are paid for at most {{maxDays}} days, so {{maxDays}} are funded.',
    COURSE_FEE_DAYS_ABOVE_DURATION:
      '{{days}} course-fee days is more than the {{durationDays}} activity days.',
    INCLUSION_SUPPORT_REQUIRES_PARTICIPANT_COSTS:
      'Inclusion support for organisations is only paid when the participant with fewer opportunities also receives inclusion support for real costs ({{table}} table).',
    INCLUSION_COSTS_WITHOUT_ENTITLEMENT:
      'Inclusion support for real costs ({{amount}}) needs a participant with fewer opportunities or an accompanying person.',
    FORCE_MAJEURE_AMOUNTS_IGNORED:
      'Amounts entered by hand are only used for force-majeure mobilities; the calculated amounts apply.',
  },
  /** The validation codes the calculator's schemas can report; any other code shows its English message. */
  validation: {
    REQUIRED: 'This field is required.',
    INVALID_VALUE: 'This value is not valid.',
    UNKNOWN_FIELD: 'This field is not expected.',
    AMOUNT_INVALID: 'Enter an amount.',
    AMOUNT_NOT_WHOLE_CENTS: 'Amounts are whole euro cents.',
    AMOUNT_NEGATIVE: 'The amount cannot be negative.',
    AMOUNT_TOO_LARGE: 'The amount is too large.',
    NUMBER_INVALID: 'Enter a number.',
    NUMBER_NOT_WHOLE: 'Enter a whole number.',
    NUMBER_TOO_SMALL: 'The number is too small (at least {{limit}}).',
    NUMBER_TOO_LARGE: 'The number is too large (at most {{limit}}).',
    BOOLEAN_INVALID: 'Choose yes or no.',
    TEXT_TOO_LONG: 'The text is too long.',
    DATE_INVALID: 'Enter a valid date.',
    END_BEFORE_START: 'The end date cannot be before the start date.',
    CALL_YEAR_NOT_SUPPORTED: 'Mobilis supports calls from 2021 (the 2021–2027 programme).',
    ACTIVITY_TYPE_UNKNOWN: 'Choose an activity type.',
    COUNTRY_NOT_ELIGIBLE: 'Choose an EU Member State or a country associated to the programme.',
  },
};

export type GrantCalculatorTexts = typeof grantCalculatorEn;
