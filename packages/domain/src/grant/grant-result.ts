import type { TranslatableMessage } from '../message/translatable-message';
import type { Confidence } from '../provenance/provenance';
import type { GrantWarning } from './grant-warnings';

/** Budget categories of a KA1 mobility [W-B122], [MOOC]; the API's enum mirrors this list. */
export const GRANT_CATEGORIES = [
  'TRAVEL',
  'INDIVIDUAL_SUPPORT',
  'ORGANISATIONAL_SUPPORT',
  'COURSE_FEES',
  'INCLUSION_SUPPORT',
  'EXCEPTIONAL_COSTS',
] as const;
export type GrantCategory = (typeof GRANT_CATEGORIES)[number];

export type GrantRuleCode =
  | 'TRAVEL_BAND'
  | 'EXPENSIVE_TRAVEL'
  | 'INDIVIDUAL_SUPPORT_DAY_RATE'
  | 'INDIVIDUAL_SUPPORT_TAPERED'
  | 'ORGANISATIONAL_SUPPORT'
  | 'COURSE_FEES'
  | 'INCLUSION_SUPPORT_ORGANISATIONS'
  | 'INCLUSION_SUPPORT_PARTICIPANTS'
  | 'FORCE_MAJEURE_AMOUNT';

/** The rule a line applies: its sources and how sure the figure is (product decision 3). */
export interface GrantRule {
  readonly code: GrantRuleCode;
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  /** Where the unit amount came from: the template, the project's NA overrides, or the mobility itself. */
  readonly origin: 'TEMPLATE' | 'OVERRIDE' | 'MOBILITY';
}

export interface GrantLine {
  readonly category: GrantCategory;
  readonly quantity: number;
  readonly unitAmountCents: number;
  /** Always quantity × unitAmountCents. */
  readonly amountCents: number;
  /** One sentence citing the rule; translate by `code`. */
  readonly explanation: TranslatableMessage;
  readonly rule: GrantRule;
}

export type DistanceSource = 'OFFICIAL' | 'COMPUTED';

export interface GrantResult {
  readonly lines: readonly GrantLine[];
  readonly totalCents: number;
  /** Activity days, end − start + 1; `null` when the dates are invalid. */
  readonly durationDays: number | null;
  readonly fundedTravelDays: number;
  /** Activity days plus funded travel days: the days individual support pays. */
  readonly fundedDays: number;
  readonly distance: { readonly km: number; readonly source: DistanceSource } | null;
  readonly rateCardVersion: string;
  readonly warnings: readonly GrantWarning[];
}

/** What each part of the calculation contributes. */
export interface LineOutcome {
  readonly lines: readonly GrantLine[];
  readonly warnings: readonly GrantWarning[];
}

export function grantLine(
  category: GrantCategory,
  quantity: number,
  unitAmountCents: number,
  explanation: TranslatableMessage,
  rule: GrantRule,
): GrantLine {
  return { category, quantity, unitAmountCents, amountCents: quantity * unitAmountCents, explanation, rule };
}
