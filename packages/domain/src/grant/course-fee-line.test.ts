import { describe, expect, it } from 'vitest';
import { calculateGrant } from './calculate-grant';
import { cardWithRates, facts, linesOf, warningCodes } from './grant-test-fixtures';

const card = cardWithRates(2024);
// A 12-day structured course (2024-10-01 to 2024-10-12).
const course = (courseFeeDays: number, extra = {}) =>
  facts({
    activityType: 'SM-COUR-TRAIN',
    startDate: '2024-10-01',
    endDate: '2024-10-12',
    courseFeeDays,
    ...extra,
  });

describe('course fees', () => {
  it.each([
    { days: 1, funded: 1, warns: false },
    { days: 10, funded: 10, warns: false },
    { days: 11, funded: 10, warns: true },
    { days: 12, funded: 10, warns: true },
  ])('pays €80 for $funded of $days course-fee days', ({ days, funded, warns }) => {
    const result = calculateGrant(course(days), card);
    expect(linesOf(result, 'COURSE_FEES').map((l) => [l.quantity, l.unitAmountCents, l.amountCents])).toEqual(
      [[funded, 8000, funded * 8000]],
    );
    expect(warningCodes(result).includes('COURSE_FEE_DAYS_ABOVE_CAP')).toBe(warns);
  });

  it('caps course fees at €800 a participant', () => {
    expect(linesOf(calculateGrant(course(12), card), 'COURSE_FEES')[0]?.amountCents).toBe(80_000);
  });

  it('pays no course fees for an activity without them, and says so', () => {
    const result = calculateGrant(facts({ courseFeeDays: 3 }), card);
    expect(linesOf(result, 'COURSE_FEES')).toEqual([]);
    expect(result.warnings.find((w) => w.code === 'COURSE_FEES_NOT_APPLICABLE')?.params).toEqual({
      activityType: 'SM-JOB-SHDW',
      days: 3,
    });
  });

  it('warns when course-fee days exceed the activity days', () => {
    const short = course(5, { endDate: '2024-10-03' });
    expect(warningCodes(calculateGrant(short, card))).toContain('COURSE_FEE_DAYS_ABOVE_DURATION');
  });

  it('adds no course-fee line when no course-fee days are entered', () => {
    expect(linesOf(calculateGrant(course(0), card), 'COURSE_FEES')).toEqual([]);
  });
});
