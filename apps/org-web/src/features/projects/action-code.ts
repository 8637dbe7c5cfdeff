import type { Action } from '../../gql/graphql';
import type { grantCalculatorEn } from '../grant-calculator/grant-calculator-en';

type ActionCode = keyof typeof grantCalculatorEn.actions;

/** The API's enum names (`KA122_VET`) as the programme writes actions (`KA122-VET`). */
export const ACTION_CODES: Readonly<Record<Action, ActionCode>> = {
  KA121_ADU: 'KA121-ADU',
  KA121_SCH: 'KA121-SCH',
  KA121_VET: 'KA121-VET',
  KA122_ADU: 'KA122-ADU',
  KA122_SCH: 'KA122-SCH',
  KA122_VET: 'KA122-VET',
  KA131_HED: 'KA131-HED',
};
