import { describe, expect, it } from 'vitest';
import { ACTIONS } from './action';
import { ACTIVITY_TYPES, activityTypesForAction, findActivityType } from './activity-type-catalogue';
import { ACTIVITY_TYPE_CODES } from './activity-type-codes';
import { fromGraphqlEnumName, toGraphqlEnumName } from './graphql-enum-name';

const codesFor = (action: (typeof ACTIONS)[number]) => activityTypesForAction(action).map((t) => t.code);
const STAFF_AND_OTHER = ['SM-JOB-SHDW', 'SM-TTA', 'SM-COUR-TRAIN', 'OA-INV-EXP', 'OA-HOS-TTT'];

describe('activity-type catalogue', () => {
  it('has one entry per code, in code order', () => {
    expect(ACTIVITY_TYPES.map((t) => t.code)).toEqual([...ACTIVITY_TYPE_CODES]);
  });

  it.each([
    { action: 'KA121-SCH', learners: ['LM-GRP-PUPIL', 'LM-SHORT-PUPIL', 'LM-LONG-PUPILS'] },
    { action: 'KA122-SCH', learners: ['LM-GRP-PUPIL', 'LM-SHORT-PUPIL', 'LM-LONG-PUPILS'] },
    { action: 'KA121-VET', learners: ['LM-SKILL-VET', 'LM-SHORT-VET', 'LM-LONG-VET', 'MOBILIS-LM-GRP-VET'] },
    { action: 'KA122-VET', learners: ['LM-SKILL-VET', 'LM-SHORT-VET', 'LM-LONG-VET', 'MOBILIS-LM-GRP-VET'] },
    { action: 'KA121-ADU', learners: ['MOBILIS-LM-GRP-ADU', 'MOBILIS-LM-IND-ADU'] },
    { action: 'KA122-ADU', learners: ['MOBILIS-LM-GRP-ADU', 'MOBILIS-LM-IND-ADU'] },
  ] as const)(
    '$action offers the learner activities of its field plus staff and other activities',
    ({ action, learners }) => {
      expect(codesFor(action)).toEqual([...learners, ...STAFF_AND_OTHER]);
    },
  );

  it('offers only the HE activities in KA131-HED', () => {
    expect(codesFor('KA131-HED')).toEqual(['HE-SMS', 'HE-SMT', 'HE-STA', 'HE-STT', 'HE-BIP']);
  });

  it('flags exactly the Mobilis-made codes as unconfirmed', () => {
    const unconfirmed = ACTIVITY_TYPES.filter((t) => !t.codeConfirmed).map((t) => t.code);
    expect(unconfirmed).toEqual(['MOBILIS-LM-GRP-VET', 'MOBILIS-LM-GRP-ADU', 'MOBILIS-LM-IND-ADU']);
    expect(unconfirmed.every((code) => code.startsWith('MOBILIS-'))).toBe(true);
  });

  it('pays course fees only for courses and training', () => {
    expect(ACTIVITY_TYPES.filter((t) => t.courseFees).map((t) => t.code)).toEqual(['SM-COUR-TRAIN']);
  });

  it('records the pupil, VET and adult group mobilities as groups', () => {
    expect(ACTIVITY_TYPES.filter((t) => t.group).map((t) => t.code)).toEqual([
      'LM-GRP-PUPIL',
      'MOBILIS-LM-GRP-VET',
      'MOBILIS-LM-GRP-ADU',
    ]);
  });

  it.each([
    { code: 'SM-TTA', category: 'STAFF' },
    { code: 'LM-LONG-VET', category: 'LEARNER' },
    { code: 'OA-INV-EXP', category: 'OTHER' },
    { code: 'HE-STT', category: 'STAFF' },
  ])('$code is for participant category $category', ({ code, category }) => {
    expect(findActivityType(code)?.category).toBe(category);
  });

  it('finds no activity type for an unknown code', () => {
    expect(findActivityType('SM-UNKNOWN')).toBeNull();
  });
});

describe('GraphQL enum names', () => {
  it.each([
    { code: 'SM-JOB-SHDW', name: 'SM_JOB_SHDW' },
    { code: 'MOBILIS-LM-GRP-ADU', name: 'MOBILIS_LM_GRP_ADU' },
    { code: 'HE-SMS', name: 'HE_SMS' },
  ])('maps $code to $name', ({ code, name }) => {
    expect(toGraphqlEnumName(code)).toBe(name);
  });

  it.each([...ACTIVITY_TYPE_CODES, ...ACTIONS])('round-trips %s and yields a valid GraphQL name', (code) => {
    const name = toGraphqlEnumName(code);
    expect(name).toMatch(/^[_A-Za-z][_0-9A-Za-z]*$/);
    expect(fromGraphqlEnumName(name, [...ACTIVITY_TYPE_CODES, ...ACTIONS])).toBe(code);
  });

  it('returns null for a name that maps to no code', () => {
    expect(fromGraphqlEnumName('SM_NOPE', ACTIVITY_TYPE_CODES)).toBeNull();
  });
});
