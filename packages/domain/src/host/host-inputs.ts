import { z } from 'zod';
import {
  emailField,
  isoDateField,
  optionalText,
  requiredText,
  wholeNumber,
} from '../validation/common-fields';
import { requiredOr } from '../validation/validation-messages';

/** The mentor a host assigns when it accepts a placement. */
export const mentorInputSchema = z.strictObject({
  name: requiredText(200),
  role: optionalText(200),
  email: emailField,
  phone: optionalText(50),
});

export const declinePlacementInputSchema = z.strictObject({
  reason: z
    .string({ error: requiredOr('REASON_REQUIRED') })
    .trim()
    .min(3, { error: 'REASON_REQUIRED' })
    .max(2000, { error: 'TEXT_TOO_LONG' }),
});

export const confirmArrivalInputSchema = z.strictObject({ actualStartDate: isoDateField });

/** The host confirms the real end date and attendance [LA-HE-TR]; interruptions are counted in days. */
export const confirmDepartureInputSchema = z.strictObject({
  actualEndDate: isoDateField,
  attendanceDays: wholeNumber(0, 366),
  interruptionDays: wholeNumber(0, 366).default(0),
  interruptionNote: optionalText(2000),
});

export const OUTCOME_ACHIEVEMENTS = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'] as const;

/** The Europass-Mobility-style skills description the host fills in (reference §5.2, section 5a). */
export const SKILL_AREAS = [
  'jobRelated',
  'language',
  'digital',
  'organisational',
  'communication',
  'other',
] as const;

export const recordOutcomesInputSchema = z.strictObject({
  outcomes: z
    .array(
      z.strictObject({
        title: requiredText(300),
        achievement: z.enum(OUTCOME_ACHIEVEMENTS, { error: 'INVALID_VALUE' }),
        comment: optionalText(2000),
      }),
    )
    .max(50),
  skills: z.strictObject(
    Object.fromEntries(SKILL_AREAS.map((area) => [area, optionalText(4000)])) as Record<
      (typeof SKILL_AREAS)[number],
      ReturnType<typeof optionalText>
    >,
  ),
});

export type RecordOutcomesValues = z.output<typeof recordOutcomesInputSchema>;
