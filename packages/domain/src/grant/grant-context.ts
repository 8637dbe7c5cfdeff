import type { ActivityType } from '../catalogue/activity-type';
import type { RateCard, SourcedFigure } from '../rate-card/rate-card';
import type { GrantRule, GrantRuleCode } from './grant-result';
import { type GrantItem, type GrantWarning, unconfirmedFigure } from './grant-warnings';
import type { MobilityFacts } from './mobility-facts-input';

/** What every part of the calculation reads, worked out once by calculateGrant. */
export interface GrantContext {
  readonly facts: MobilityFacts;
  readonly card: RateCard;
  readonly activity: ActivityType;
  readonly durationDays: number;
  readonly fundedTravelDays: number;
  readonly fundedDays: number;
}

/** A line's rule from the card figure it uses, plus the sources of the rule itself. */
export function ruleFromFigure(
  code: GrantRuleCode,
  figure: SourcedFigure,
  ruleSources: readonly string[] = [],
): GrantRule {
  const sources = [...new Set([...ruleSources, ...figure.sources])];
  return { code, sources, confidence: figure.confidence, origin: figure.origin };
}

/** Product decision 5: an unconfirmed template figure is used but never passed off as official. */
export function confidenceWarnings(item: GrantItem, figure: SourcedFigure): GrantWarning[] {
  if (figure.origin !== 'TEMPLATE' || figure.confidence === 'confirmed') return [];
  return [unconfirmedFigure(item, figure.sources, figure.note)];
}

export function percentOfRoundedHalfUp(cents: number, percent: number): number {
  return Math.floor((cents * percent + 50) / 100);
}

export function percentOfRoundedDown(cents: number, percent: number): number {
  return Math.floor((cents * percent) / 100);
}
