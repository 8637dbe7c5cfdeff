import { describe, expect, it } from 'vitest';
import { checkActivityDuration } from './activity-duration-check';
import { ACTIVITY_TYPES, activityType } from './activity-type-catalogue';

const bounded = ACTIVITY_TYPES.filter((type) => type.durationRanges !== null);

const cases = bounded.flatMap((type) => {
  const ranges = type.durationRanges ?? [];
  const min = Math.min(...ranges.map((r) => r.minDays));
  const max = Math.max(...ranges.map((r) => r.maxDays));
  return [
    { code: type.code, days: min - 1, expected: ['DURATION_BELOW_MINIMUM'] },
    { code: type.code, days: min, expected: [] },
    { code: type.code, days: max, expected: [] },
    { code: type.code, days: max + 1, expected: ['DURATION_ABOVE_MAXIMUM'] },
  ];
});

describe('checkActivityDuration', () => {
  it.each(cases)('$code with $days activity days warns $expected', ({ code, days, expected }) => {
    const warnings = checkActivityDuration(activityType(code), days);
    expect(warnings.map((w) => w.code)).toEqual(expected);
  });

  it.each([
    { code: 'LM-GRP-PUPIL', min: 2, max: 30 },
    { code: 'LM-SHORT-PUPIL', min: 10, max: 29 },
    { code: 'LM-LONG-PUPILS', min: 30, max: 365 },
    { code: 'LM-SKILL-VET', min: 1, max: 10 },
    { code: 'LM-SHORT-VET', min: 10, max: 89 },
    { code: 'LM-LONG-VET', min: 90, max: 365 },
    { code: 'MOBILIS-LM-GRP-ADU', min: 2, max: 30 },
    { code: 'MOBILIS-LM-IND-ADU', min: 2, max: 30 },
    { code: 'SM-JOB-SHDW', min: 2, max: 60 },
    { code: 'SM-TTA', min: 2, max: 365 },
    { code: 'SM-COUR-TRAIN', min: 2, max: 30 },
    { code: 'OA-INV-EXP', min: 2, max: 60 },
    { code: 'OA-HOS-TTT', min: 10, max: 365 },
    { code: 'HE-STA', min: 2, max: 60 },
    { code: 'HE-STT', min: 2, max: 60 },
    { code: 'HE-BIP', min: 5, max: 30 },
    { code: 'HE-SMS', min: 5, max: 360 },
    { code: 'HE-SMT', min: 5, max: 360 },
  ] as const)('$code allows $min to $max activity days, as the reference lists', ({ code, min, max }) => {
    const ranges = activityType(code).durationRanges ?? [];
    expect(Math.min(...ranges.map((r) => r.minDays))).toBe(min);
    expect(Math.max(...ranges.map((r) => r.maxDays))).toBe(max);
  });

  it('covers every activity type with known limits', () => {
    expect(bounded).toHaveLength(ACTIVITY_TYPES.length - 1);
  });

  it.each([
    { days: 30, expected: [] },
    { days: 31, expected: ['DURATION_BETWEEN_RANGES'] },
    { days: 59, expected: ['DURATION_BETWEEN_RANGES'] },
    { days: 60, expected: [] },
  ])(
    'HE student mobility of $days days warns $expected (short-term 5–30, long-term 60–360)',
    ({ days, expected }) => {
      expect(checkActivityDuration(activityType('HE-SMS'), days).map((w) => w.code)).toEqual(expected);
    },
  );

  it('says the limits are unknown for VET group mobility, whose duration the reference lacks', () => {
    const [warning] = checkActivityDuration(activityType('MOBILIS-LM-GRP-VET'), 5);
    expect(warning?.code).toBe('DURATION_LIMITS_UNKNOWN');
    expect(warning?.params).toMatchObject({ activityType: 'MOBILIS-LM-GRP-VET', days: 5 });
  });

  it('does not flag a short force-majeure stay, as force majeure lifts the minimum', () => {
    expect(checkActivityDuration(activityType('SM-JOB-SHDW'), 1, { forceMajeure: true })).toEqual([]);
  });

  it('still flags a force-majeure stay above the maximum', () => {
    const codes = checkActivityDuration(activityType('SM-JOB-SHDW'), 61, { forceMajeure: true }).map(
      (w) => w.code,
    );
    expect(codes).toEqual(['DURATION_ABOVE_MAXIMUM']);
  });

  it('gives the limits as params and an English message', () => {
    const [warning] = checkActivityDuration(activityType('SM-JOB-SHDW'), 1);
    expect(warning).toEqual({
      code: 'DURATION_BELOW_MINIMUM',
      message: '1 activity days is below the minimum of 2 days for SM-JOB-SHDW.',
      params: { activityType: 'SM-JOB-SHDW', days: 1, minDays: 2, maxDays: 60 },
    });
  });
});
