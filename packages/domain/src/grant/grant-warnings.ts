import { DURATION_WARNING_CODES } from '../catalogue/activity-duration-check';
import { formatEuroCents } from '../message/english-format';
import { type TranslatableMessage, translatableMessage } from '../message/translatable-message';

/** Every warning the calculator can give; apps translate by code. */
export const GRANT_WARNING_CODES = [
  ...DURATION_WARNING_CODES,
  'INVALID_DATES',
  'ACTIVITY_NOT_COVERED_BY_RATE_CARD',
  'CALL_YEAR_OUTSIDE_RATE_CARD',
  'DISTANCE_MISSING',
  'DISTANCE_BELOW_MINIMUM',
  'COMPUTED_DISTANCE_IN_OTHER_BAND',
  'GREEN_AMOUNT_NOT_IN_TABLE',
  'TRAVEL_DAYS_ABOVE_CAP',
  'RATE_NOT_SET',
  'RATE_OUTSIDE_RANGE',
  'UNCONFIRMED_FIGURE',
  'EXPENSIVE_TRAVEL_NOT_ELIGIBLE',
  'COURSE_FEES_NOT_APPLICABLE',
  'COURSE_FEE_DAYS_ABOVE_CAP',
  'COURSE_FEE_DAYS_ABOVE_DURATION',
  'INCLUSION_SUPPORT_REQUIRES_PARTICIPANT_COSTS',
  'INCLUSION_COSTS_WITHOUT_ENTITLEMENT',
  'FORCE_MAJEURE_AMOUNTS_IGNORED',
] as const;
export type GrantWarningCode = (typeof GRANT_WARNING_CODES)[number];

export type GrantWarning = TranslatableMessage<GrantWarningCode>;

/** The budget item a "rate not set" or "unconfirmed figure" warning is about. */
export type GrantItem =
  | 'TRAVEL'
  | 'TRAVEL_DAYS'
  | 'INDIVIDUAL_SUPPORT'
  | 'TAPERING'
  | 'ORGANISATIONAL_SUPPORT'
  | 'COURSE_FEES'
  | 'INCLUSION_SUPPORT';

const ITEM_LABELS: Readonly<Record<GrantItem, string>> = {
  TRAVEL: 'travel support',
  TRAVEL_DAYS: 'funded travel days',
  INDIVIDUAL_SUPPORT: 'individual support',
  TAPERING: 'tapering of individual support',
  ORGANISATIONAL_SUPPORT: 'organisational support',
  COURSE_FEES: 'course fees',
  INCLUSION_SUPPORT: 'inclusion support for organisations',
};

export function rateNotSet(item: GrantItem, detail = ''): GrantWarning {
  return translatableMessage(
    'RATE_NOT_SET',
    'Rate not set: the rate card has no figure for {itemLabel}{detail}. Set the National Agency rate on the project rate card.',
    { item, detail },
    { itemLabel: ITEM_LABELS[item], detail: detail === '' ? '' : ` (${detail})` },
  );
}

export function unconfirmedFigure(item: GrantItem, sources: readonly string[], note = ''): GrantWarning {
  return translatableMessage(
    'UNCONFIRMED_FIGURE',
    'The figure used for {itemLabel} is unconfirmed ({sources}): check it against your National Agency.',
    { item, sources: sources.join(', '), note },
    { itemLabel: ITEM_LABELS[item], sources: sources.length > 0 ? sources.join(', ') : 'no source' },
  );
}

export function rateOutsideRange(
  rateCents: number,
  minCents: number | null,
  maxCents: number | null,
): GrantWarning {
  const params = { rateCents, minCents: minCents ?? '', maxCents: maxCents ?? '' };
  const english = {
    rate: formatEuroCents(rateCents),
    range: `${minCents === null ? '…' : formatEuroCents(minCents)}–${maxCents === null ? '…' : formatEuroCents(maxCents)}`,
  };
  return translatableMessage(
    'RATE_OUTSIDE_RANGE',
    'The day rate {rate} is outside the range {range} reported for this country group (unconfirmed range).',
    params,
    english,
  );
}

export function travelDaysAboveCap(travelDays: number, cap: number, green: boolean): GrantWarning {
  return translatableMessage(
    'TRAVEL_DAYS_ABOVE_CAP',
    '{travelDays} travel days entered; at most {cap} are funded for {mode} travel, so {cap} are funded.',
    { travelDays, cap, green: green ? 'true' : 'false' },
    { mode: green ? 'green' : 'standard' },
  );
}

export function simpleWarning(
  code: GrantWarningCode,
  template: string,
  params = {},
  english = {},
): GrantWarning {
  return translatableMessage(code, template, params, english);
}
