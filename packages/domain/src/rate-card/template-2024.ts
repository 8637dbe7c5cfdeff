import { SCHOOL_VET_ADULT_ACTIONS } from '../catalogue/action';
import type { RateCardTemplate } from './rate-card';
import { euros, fromTemplate, groupDayRates, travelBand } from './template-figures';

// The 2024+ amounts appear on HE pages; course providers quote the same range for SCH/VET/ADU,
// so applying them to KA121/KA122 is probable but unconfirmed (reference §3.1).
const TRAVEL = {
  sources: ['TR-2024', 'RS-2025', 'DU-LV', 'VU', 'PODIA'],
  confidence: 'unconfirmed',
  note: 'Seen on HE pages; SCH/VET/ADU use is probable but not checked against the guide chapter.',
} as const;

/** KA121/KA122 (SCH, VET, ADU) figures for calls 2024 onward, from ka1-reference.md §3. */
export const TEMPLATE_2024: RateCardTemplate = {
  templateId: 'ka1-sch-vet-adu-2024',
  templateRevision: 1,
  version: 'ka1-sch-vet-adu-2024.r1',
  name: 'KA121/KA122 programme rates, calls 2024 onward',
  tableLabel: 'call 2024+',
  firstCallYear: 2024,
  lastCallYear: null,
  coveredActions: SCHOOL_VET_ADULT_ACTIONS,
  countryGroupingId: 'groups-2024',
  travelBands: [
    travelBand(10, 99, 28, 56, TRAVEL),
    travelBand(100, 499, 211, 285, TRAVEL),
    travelBand(500, 1999, 309, 417, TRAVEL),
    travelBand(2000, 2999, 395, 535, TRAVEL),
    travelBand(3000, 3999, 580, 785, TRAVEL),
    // The table prints the green amount of the two longest bands as the same as standard.
    travelBand(4000, 7999, 1188, 1188, TRAVEL),
    travelBand(8000, null, 1735, 1735, TRAVEL),
  ],
  travelDays: {
    standardMax: 2,
    greenMax: 6,
    source: fromTemplate({ sources: ['W-TRAVDAYS', 'OEAD'], confidence: 'confirmed' }),
  },
  individualSupport: {
    // Programme rule: NAs fix day rates within Commission ranges [W-RATES]; no rate in the template.
    STAFF: groupDayRates(
      {
        sources: ['PODIA'],
        confidence: 'unconfirmed',
        note: 'Ranges reported for recent calls, edition not stated (2025/2026 likely); set the NA rate.',
      },
      {
        group1: { rate: null, min: 96, max: 190 },
        group2: { rate: null, min: 84, max: 170 },
        group3: { rate: null, min: 71, max: 148 },
      },
    ),
    LEARNER: groupDayRates({
      sources: [],
      confidence: 'unconfirmed',
      note: 'Learner rates and ranges from call 2024 were not found (reference §9); set the NA rate.',
    }),
    OTHER: groupDayRates({
      sources: [],
      confidence: 'unconfirmed',
      note: 'The reference gives no day rate for invited experts or hosted teachers; set the NA rate.',
    }),
  },
  tapering: {
    fromDay: 15,
    percent: 70,
    source: fromTemplate({
      sources: ['POL-SCH', 'HIOF'],
      confidence: 'unconfirmed',
      note: 'Carried over from 2021–2023; only an HE page states a reduction after day 14 for 2024/25.',
    }),
  },
  organisationalSupport: {
    general: euros(400, { sources: ['PODIA'], confidence: 'unconfirmed', note: 'Edition not stated.' }),
    coursesAndTraining: euros(100, {
      sources: ['TENE'],
      confidence: 'unconfirmed',
      note: 'Stated "for projects from 2021"; conflicting reading in [EUNEOS]; not confirmed for 2024+.',
    }),
  },
  inclusionSupportForOrganisations: {
    ...euros(125, {
      sources: ['W-INC131', 'W-INC182', 'W-INCORG'],
      confidence: 'unconfirmed',
      note: 'Confirmed for KA131 (call 2024) and KA182 (call 2025); assumed for KA121/KA122.',
    }),
    requiresParticipantInclusionCosts: true,
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
