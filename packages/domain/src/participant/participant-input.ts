import { z } from 'zod';
import { emailField, isoDateField, optionalText, requiredText } from '../validation/common-fields';

/** Staff member or learner: the kinds of person a sending organisation sends. */
export const PARTICIPANT_KINDS = ['STAFF', 'LEARNER'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/**
 * A participant as the form and the CSV import enter them. The fewer-opportunities justification
 * is special-category data (reference §8.8): kept only when the flag is set.
 */
export const participantInputSchema = z
  .strictObject({
    firstName: requiredText(100),
    lastName: requiredText(100),
    email: emailField,
    dateOfBirth: isoDateField.nullish().transform((v) => v ?? null),
    category: z.enum(PARTICIPANT_KINDS, { error: 'CATEGORY_INVALID' }),
    unit: optionalText(200),
    fewerOpportunities: z.boolean().default(false),
    fewerOpportunitiesJustification: optionalText(4000),
  })
  .transform((p) => ({
    ...p,
    fewerOpportunitiesJustification: p.fewerOpportunities ? p.fewerOpportunitiesJustification : null,
  }));

export type ParticipantInput = z.input<typeof participantInputSchema>;
export type ParticipantValues = z.output<typeof participantInputSchema>;
