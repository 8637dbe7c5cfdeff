import { SCHOOL_VET_ADULT_ACTIONS } from '../catalogue/action';
import type { RateCardTemplate } from './rate-card';
import { euros, fromTemplate, groupDayRates, travelBand } from './template-figures';

const TRAVEL = { sources: ['GIDA', 'RU', 'OEAD'], confidence: 'confirmed' } as const;
// Decision: the 2021–2023 table prints "—" in the green column for 10–99 km, 4 000–7 999 km and
// ≥ 8 000 km. Those bands have no separate green amount, so green travel there is paid the
// standard amount (it still earns the extra green travel days); the calculator says so in a warning.
const NO_GREEN = {
  sources: ['GIDA', 'RU', 'OEAD'],
  confidence: 'confirmed',
  note: 'No green amount in the 2021–2023 table for this band ("—"); the standard amount applies.',
} as const;
const OTHER_RATES = {
  sources: [],
  confidence: 'unconfirmed',
  note: 'The reference gives no day rate for invited experts or hosted teachers; set the NA rate.',
} as const;

/** KA121/KA122 (SCH, VET, ADU) figures for calls 2021–2023, from ka1-reference.md §3. */
export const TEMPLATE_2021_2023: RateCardTemplate = {
  templateId: 'ka1-sch-vet-adu-2021-2023',
  templateRevision: 1,
  version: 'ka1-sch-vet-adu-2021-2023.r1',
  name: 'KA121/KA122 programme rates, calls 2021–2023',
  tableLabel: 'call 2021–2023',
  firstCallYear: 2021,
  lastCallYear: 2023,
  coveredActions: SCHOOL_VET_ADULT_ACTIONS,
  countryGroupingId: 'groups-2021-2023',
  travelBands: [
    travelBand(10, 99, 23, null, TRAVEL, NO_GREEN),
    travelBand(100, 499, 180, 210, TRAVEL),
    travelBand(500, 1999, 275, 320, TRAVEL),
    travelBand(2000, 2999, 360, 410, TRAVEL),
    travelBand(3000, 3999, 530, 610, TRAVEL),
    travelBand(4000, 7999, 820, null, TRAVEL, NO_GREEN),
    travelBand(8000, null, 1500, null, TRAVEL, NO_GREEN),
  ],
  travelDays: {
    standardMax: 2,
    greenMax: 6,
    source: fromTemplate({
      sources: ['W-TRAVDAYS', 'OEAD'],
      confidence: 'unconfirmed',
      note: 'Stated for the call 2024 era; assumed for calls 2021–2023.',
    }),
  },
  individualSupport: {
    // Programme rule: NAs fix day rates within Commission ranges [W-RATES], so the template has no
    // rate. The maxima 180/160/140 are inferred from the Polish NA's staff rates being 65 % of them.
    STAFF: groupDayRates(
      {
        sources: ['POL-SCH'],
        confidence: 'unconfirmed',
        note: 'Maxima inferred (Polish NA school rates 117/104/91 are 65 % of them); set the NA rate.',
      },
      {
        group1: { rate: null, min: null, max: 180 },
        group2: { rate: null, min: null, max: 160 },
        group3: { rate: null, min: null, max: 140 },
      },
    ),
    LEARNER: groupDayRates({
      sources: ['POL-SCH'],
      confidence: 'unconfirmed',
      note: "Only one NA's choice is known (Polish school sector: 64/56/48 a day); set the NA rate.",
    }),
    OTHER: groupDayRates(OTHER_RATES),
  },
  tapering: {
    fromDay: 15,
    percent: 70,
    source: fromTemplate({ sources: ['POL-SCH'], confidence: 'confirmed' }),
  },
  organisationalSupport: {
    general: euros(350, {
      sources: ['EUNEOS'],
      confidence: 'unconfirmed',
      note: 'A course provider citing PG 2021; unconfirmed for calls 2022–2023.',
    }),
    coursesAndTraining: euros(100, {
      sources: ['TENE', 'EUNEOS'],
      confidence: 'unconfirmed',
      note: 'Conflicting: [EUNEOS] reads 100 as the part of 350 passed to the course provider.',
    }),
  },
  inclusionSupportForOrganisations: {
    ...euros(100, { sources: ['IKY-INC'], confidence: 'confirmed' }),
    requiresParticipantInclusionCosts: false,
  },
  courseFees: {
    perDay: euros(80, { sources: ['TENE', 'EUNEOS', 'ERPRAGUE', 'IKY-VET'], confidence: 'confirmed' }),
    maxDays: 10,
  },
  expensiveTravel: {
    coverageBelowPercent: 70,
    reimbursedPercent: 80,
    source: fromTemplate({ sources: ['W-EXC', 'W-EXC-MT'], confidence: 'confirmed' }),
  },
};
