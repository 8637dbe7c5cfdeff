import { z } from 'zod';
import { GRANT_CATEGORIES } from '../grant/grant-result';
import { projectCodeSchema } from '../identifiers/identifier-input';
import { centsField, isOrderedPeriod, isoDateField, requiredText } from '../validation/common-fields';

/**
 * A project (grant) as the coordinator enters it from the grant agreement. Action, call year,
 * round and National Agency are read from the project code, not typed twice.
 */
export const projectInputSchema = z
  .strictObject({
    code: projectCodeSchema,
    title: requiredText(300),
    startDate: isoDateField,
    endDate: isoDateField,
    awarded: z
      .array(z.strictObject({ category: z.enum(GRANT_CATEGORIES), amountCents: centsField }))
      .max(GRANT_CATEGORIES.length)
      .default([]),
  })
  .refine((p) => isOrderedPeriod(p.startDate, p.endDate), { error: 'END_BEFORE_START', path: ['endDate'] });

export type ProjectInput = z.input<typeof projectInputSchema>;
