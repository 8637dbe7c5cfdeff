import type { Action } from './action';
import type { ActivityType, DurationRange } from './activity-type';

const HED: readonly Action[] = ['KA131-HED'];

// Months are read as 30 days, following BM's 30-day-month formula for long-term students [W-DUR].
// Mobilis counts calendar days (end − start + 1) for every activity; BM's 360-day-year arithmetic
// for long-term students is not implemented yet, so a stay near 2 or 12 months may differ by a day.
const STUDENT_RANGES: readonly DurationRange[] = [
  { minDays: 5, maxDays: 30, term: 'SHORT_TERM' },
  { minDays: 60, maxDays: 360, term: 'LONG_TERM' },
];
const MONTHS_NOTE = 'Months read as 30 days (BM 30-day-month formula [W-DUR]).';

/** KA131 activities (reference §2.2). */
export const HIGHER_EDUCATION_ACTIVITY_TYPES = {
  'HE-SMS': {
    code: 'HE-SMS',
    codeConfirmed: true,
    name: 'Student mobility for studies',
    category: 'LEARNER',
    actions: HED,
    durationRanges: STUDENT_RANGES,
    durationSource: { sources: ['W-ACT131', 'DIKU', 'NL-NA'], confidence: 'confirmed', note: MONTHS_NOTE },
    courseFees: false,
    group: false,
    source: { sources: ['W-ACT131'], confidence: 'confirmed' },
  },
  'HE-SMT': {
    code: 'HE-SMT',
    codeConfirmed: true,
    name: 'Student mobility for traineeships',
    category: 'LEARNER',
    actions: HED,
    durationRanges: STUDENT_RANGES,
    durationSource: { sources: ['DIKU'], confidence: 'confirmed', note: MONTHS_NOTE },
    courseFees: false,
    group: false,
    source: { sources: ['W-ACT131'], confidence: 'confirmed' },
  },
  'HE-STA': {
    code: 'HE-STA',
    codeConfirmed: true,
    name: 'Staff mobility for teaching',
    category: 'STAFF',
    actions: HED,
    durationRanges: [{ minDays: 2, maxDays: 60, term: 'ANY' }],
    durationSource: { sources: ['DIKU', 'NL-NA'], confidence: 'confirmed', note: MONTHS_NOTE },
    courseFees: false,
    group: false,
    source: { sources: ['W-ACT131'], confidence: 'confirmed' },
  },
  'HE-STT': {
    code: 'HE-STT',
    codeConfirmed: true,
    name: 'Staff mobility for training',
    category: 'STAFF',
    actions: HED,
    durationRanges: [{ minDays: 2, maxDays: 60, term: 'ANY' }],
    durationSource: { sources: ['DIKU'], confidence: 'confirmed', note: MONTHS_NOTE },
    courseFees: false,
    group: false,
    source: { sources: ['W-ACT131'], confidence: 'confirmed' },
  },
  'HE-BIP': {
    code: 'HE-BIP',
    codeConfirmed: true,
    name: 'Blended intensive programme (physical part)',
    category: 'LEARNER',
    actions: HED,
    durationRanges: [{ minDays: 5, maxDays: 30, term: 'ANY' }],
    durationSource: { sources: ['UAB', 'EURI', 'ISCTE'], confidence: 'confirmed' },
    courseFees: false,
    group: false,
    source: { sources: ['W-ACT131', 'UAB'], confidence: 'confirmed' },
  },
} as const satisfies Record<string, ActivityType>;
