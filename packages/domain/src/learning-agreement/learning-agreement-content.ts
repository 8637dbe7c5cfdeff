import { z } from 'zod';
import { isoDateField, optionalText, requiredText } from '../validation/common-fields';

/** Kinds of learning outcome in the EQF sense (reference §5.2, learning-agreement model). */
export const OUTCOME_KINDS = ['KNOWLEDGE', 'SKILLS', 'RESPONSIBILITY_AUTONOMY'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

const itemId = z.string().trim().min(1).max(64);

const outcomeSchema = z.strictObject({
  id: itemId,
  title: requiredText(300),
  description: optionalText(4000),
  kind: z.enum(OUTCOME_KINDS, { error: 'INVALID_VALUE' }),
  assessmentMethod: optionalText(1000),
});

const activitySchema = z.strictObject({
  id: itemId,
  startDate: isoDateField,
  endDate: isoDateField,
  description: requiredText(2000),
  hours: z
    .number()
    .min(0)
    .max(2000)
    .nullish()
    .transform((v) => v ?? null),
  place: optionalText(300),
});

const mentorSchema = z
  .strictObject({ name: requiredText(200), role: optionalText(200), email: optionalText(300) })
  .nullish()
  .transform((v) => v ?? null);

/**
 * The content of a learning agreement for SCH/VET/ADU and staff (docs: learning-agreement.md):
 * outcomes, programme of activities, mentors, language and CEFR level, recognition, monitoring,
 * each party's responsibilities and the participant's current qualification.
 */
export const learningAgreementContentSchema = z.strictObject({
  learningOutcomes: z.array(outcomeSchema).min(1, { error: 'TEXT_REQUIRED' }).max(50),
  activities: z.array(activitySchema).max(100).default([]),
  mentors: z
    .strictObject({ sending: mentorSchema, host: mentorSchema })
    .default({ sending: null, host: null }),
  language: z
    .strictObject({
      language: requiredText(50),
      cefrLevel: z
        .enum(CEFR_LEVELS, { error: 'INVALID_VALUE' })
        .nullish()
        .transform((v) => v ?? null),
    })
    .nullish()
    .transform((v) => v ?? null),
  recognition: optionalText(2000),
  monitoring: optionalText(2000),
  responsibilities: z
    .strictObject({ participant: optionalText(2000), sending: optionalText(2000), host: optionalText(2000) })
    .default({ participant: null, sending: null, host: null }),
  qualification: z
    .strictObject({
      current: optionalText(300),
      eqfLevel: z
        .number()
        .int()
        .min(1)
        .max(8)
        .nullish()
        .transform((v) => v ?? null),
    })
    .default({ current: null, eqfLevel: null }),
});

export type LearningAgreementContent = z.output<typeof learningAgreementContentSchema>;
export type LearningAgreementContentInput = z.input<typeof learningAgreementContentSchema>;
