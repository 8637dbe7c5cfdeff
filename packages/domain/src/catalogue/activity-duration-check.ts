import {
  type MessageParams,
  type TranslatableMessage,
  translatableMessage,
} from '../message/translatable-message';
import type { ActivityType } from './activity-type';

export const DURATION_WARNING_CODES = [
  'DURATION_BELOW_MINIMUM',
  'DURATION_ABOVE_MAXIMUM',
  'DURATION_BETWEEN_RANGES',
  'DURATION_LIMITS_UNKNOWN',
] as const;
export type DurationWarningCode = (typeof DURATION_WARNING_CODES)[number];

export type DurationWarning = TranslatableMessage<DurationWarningCode>;

function envelope(type: ActivityType): { minDays: number; maxDays: number } | null {
  const ranges = type.durationRanges;
  if (ranges === null || ranges.length === 0) return null;
  return {
    minDays: Math.min(...ranges.map((r) => r.minDays)),
    maxDays: Math.max(...ranges.map((r) => r.maxDays)),
  };
}

const TEMPLATES: Readonly<Record<DurationWarningCode, string>> = {
  DURATION_LIMITS_UNKNOWN:
    'Duration limits for {activityType} are not confirmed; check {days} days against the Programme Guide.',
  DURATION_BELOW_MINIMUM: '{days} activity days is below the minimum of {minDays} days for {activityType}.',
  DURATION_ABOVE_MAXIMUM: '{days} activity days is above the maximum of {maxDays} days for {activityType}.',
  DURATION_BETWEEN_RANGES:
    '{days} activity days falls between the short-term and long-term durations allowed for {activityType}.',
};

function warn(code: DurationWarningCode, params: MessageParams): DurationWarning[] {
  return [translatableMessage(code, TEMPLATES[code], params)];
}

/**
 * Checks activity days (travel excluded [PG-OPP-PUP]) against the activity type's limits.
 * Force majeure lifts the minimum duration [W-MOB-YOU], so a short force-majeure stay is not flagged.
 */
export function checkActivityDuration(
  type: ActivityType,
  activityDays: number,
  options: { forceMajeure?: boolean } = {},
): DurationWarning[] {
  const bounds = envelope(type);
  const params = { activityType: type.code, days: activityDays };
  if (bounds === null) return warn('DURATION_LIMITS_UNKNOWN', params);
  const limits = { ...params, minDays: bounds.minDays, maxDays: bounds.maxDays };
  if (activityDays < bounds.minDays)
    return options.forceMajeure ? [] : warn('DURATION_BELOW_MINIMUM', limits);
  if (activityDays > bounds.maxDays) return warn('DURATION_ABOVE_MAXIMUM', limits);
  const inARange = (type.durationRanges ?? []).some(
    (r) => activityDays >= r.minDays && activityDays <= r.maxDays,
  );
  return inARange || options.forceMajeure ? [] : warn('DURATION_BETWEEN_RANGES', limits);
}
