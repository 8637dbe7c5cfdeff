/**
 * KA1 actions Mobilis manages: accredited (KA121) and short-term (KA122) projects in school
 * education, VET and adult education, and higher-education mobility (KA131) [W-ACT], [W-131].
 */
export const KEY_ACTIONS = ['KA121', 'KA122', 'KA131'] as const;
export type KeyAction = (typeof KEY_ACTIONS)[number];

export const FIELDS = ['SCH', 'VET', 'ADU', 'HED'] as const;
export type Field = (typeof FIELDS)[number];

export const ACTIONS = [
  'KA121-SCH',
  'KA121-VET',
  'KA121-ADU',
  'KA122-SCH',
  'KA122-VET',
  'KA122-ADU',
  'KA131-HED',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_NAMES: Readonly<Record<Action, string>> = {
  'KA121-SCH': 'Accredited projects — school education',
  'KA121-VET': 'Accredited projects — vocational education and training',
  'KA121-ADU': 'Accredited projects — adult education',
  'KA122-SCH': 'Short-term projects — school education',
  'KA122-VET': 'Short-term projects — vocational education and training',
  'KA122-ADU': 'Short-term projects — adult education',
  'KA131-HED': 'Mobility of higher-education students and staff',
};

/** The school, VET and adult-education actions (KA121 and KA122). */
export const SCHOOL_VET_ADULT_ACTIONS: readonly Action[] = [
  'KA121-SCH',
  'KA121-VET',
  'KA121-ADU',
  'KA122-SCH',
  'KA122-VET',
  'KA122-ADU',
];

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

export function actionParts(action: Action): { keyAction: KeyAction; field: Field } {
  const [keyAction, field] = action.split('-') as [KeyAction, Field];
  return { keyAction, field };
}
