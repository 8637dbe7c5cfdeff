import { describe, expect, it } from 'vitest';
import { checkMobilityRules, type MobilityRuleContext } from './check-mobility-rules';
import { mobilityInputSchema } from './mobility-input';

const context: MobilityRuleContext = {
  projectAction: 'KA122-VET',
  projectStartDate: '2026-01-01',
  projectEndDate: '2027-06-30',
  participantCategory: 'LEARNER',
};

const facts = (overrides: Record<string, unknown>) =>
  mobilityInputSchema.parse({
    activityType: 'LM-SHORT-VET',
    plannedStartDate: '2026-03-02',
    plannedEndDate: '2026-03-27',
    ...overrides,
  });

const codes = (overrides: Record<string, unknown>, ctx: Partial<MobilityRuleContext> = {}) =>
  checkMobilityRules(facts(overrides), { ...context, ...ctx }).map((p) => p.code);

describe('mobility rules', () => {
  it('accept a 26-day VET learner placement inside the project', () => {
    expect(codes({})).toEqual([]);
  });
  it.each([
    ['9 days (below the 10-day minimum)', '2026-03-10', ['DURATION_OUT_OF_RANGE']],
    ['10 days', '2026-03-11', []],
    ['89 days', '2026-05-29', []],
    ['90 days (ErasmusPro territory)', '2026-05-30', ['DURATION_OUT_OF_RANGE']],
  ])('for LM-SHORT-VET judge %s', (_label, end, expected) => {
    expect(codes({ plannedEndDate: end })).toEqual(expected);
  });
  it('lets force majeure cut a mobility short', () => {
    expect(codes({ plannedEndDate: '2026-03-03', forceMajeure: true })).toEqual([]);
  });
  it('rejects an activity the action does not allow', () => {
    expect(codes({ activityType: 'LM-SHORT-PUPIL' })).toContain('ACTIVITY_NOT_IN_ACTION');
  });
  it('rejects a staff activity for a learner, but not for an accompanying person', () => {
    expect(codes({ activityType: 'SM-JOB-SHDW', plannedEndDate: '2026-03-06' })).toEqual([
      'ACTIVITY_CATEGORY_MISMATCH',
    ]);
    expect(
      codes({ activityType: 'SM-JOB-SHDW', plannedEndDate: '2026-03-06' }, { participantCategory: 'STAFF' }),
    ).toEqual([]);
  });
  it('rejects course fees outside courses and training', () => {
    expect(codes({ courseFeeDays: 3 })).toEqual(['COURSE_FEES_NOT_APPLICABLE']);
  });
  it('rejects dates outside the project', () => {
    expect(codes({ plannedStartDate: '2025-12-20', plannedEndDate: '2026-01-10' })).toEqual([
      'DATES_OUTSIDE_PROJECT',
    ]);
  });
});
