import type { RateCardOverrides } from '@mobilis/domain/rate-card/rate-card-overrides';

// Demo figures only: per-day rates are set by each National Agency and the templates leave them
// empty (product decision 2). These sit inside the ranges the reference reports and are labelled
// as demo values, so the demo shows complete grants without passing them off as official.
const demoRates: RateCardOverrides = {
  individualSupport: {
    STAFF: { group1: 15_000, group2: 13_000, group3: 11_000 },
    LEARNER: { group1: 6_400, group2: 5_600, group3: 4_800 },
  },
  note: 'Demo rates for illustration — replace them with the rates of your National Agency.',
};

export const demoProjects = {
  essen: {
    code: '2026-1-DE02-KA122-VET-000123456',
    title: 'Werkstatt Europa – Praktika für Kfz- und Elektroberufe',
    startDate: '2026-09-01',
    endDate: '2028-02-29',
    awardedCents: {
      TRAVEL: 1_200_000,
      INDIVIDUAL_SUPPORT: 4_800_000,
      ORGANISATIONAL_SUPPORT: 800_000,
      COURSE_FEES: 160_000,
      INCLUSION_SUPPORT: 200_000,
      EXCEPTIONAL_COSTS: 0,
    },
    overrides: demoRates,
  },
  krakow: {
    code: '2026-1-PL01-KA122-ADU-000234567',
    title: 'Cyfrowe kompetencje kadry i słuchaczy',
    startDate: '2026-09-01',
    endDate: '2028-02-29',
    awardedCents: {
      TRAVEL: 600_000,
      INDIVIDUAL_SUPPORT: 2_600_000,
      ORGANISATIONAL_SUPPORT: 600_000,
      COURSE_FEES: 400_000,
      INCLUSION_SUPPORT: 100_000,
      EXCEPTIONAL_COSTS: 0,
    },
    overrides: demoRates,
  },
} as const;
