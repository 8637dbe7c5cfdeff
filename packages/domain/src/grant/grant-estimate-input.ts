import { z } from 'zod';
import { rateCardOverridesSchema } from '../rate-card/rate-card-overrides';
import { mobilityFactsSchema } from './mobility-facts-input';

/**
 * A grant estimate for one mobility: its facts, and optionally NA overrides to try out before
 * saving them to the project's card (the live preview). The API resolves the project's card.
 */
export const grantEstimateInputSchema = z.strictObject({
  facts: mobilityFactsSchema,
  rateCardOverrides: rateCardOverridesSchema.nullable().optional(),
});

export type GrantEstimateInput = z.input<typeof grantEstimateInputSchema>;
