import type { Project } from '@mobilis/db/repositories/project-repository';
import type { RateCard } from '@mobilis/domain/rate-card/rate-card';
import {
  type RateCardOverrides,
  rateCardOverridesSchema,
} from '@mobilis/domain/rate-card/rate-card-overrides';
import { findRateCardTemplate } from '@mobilis/domain/rate-card/rate-card-templates';
import { resolveRateCard } from '@mobilis/domain/rate-card/resolve-rate-card';

/** A project's card: its call year's template plus the NA overrides it stores (product decision 2). */
export function projectRateCard(project: Project): RateCard {
  const template = findRateCardTemplate(project.rateCardTemplateId);
  // Stored template ids come from the domain's list; a missing one is a data bug, not user input.
  if (!template) throw new Error(`Unknown rate card template ${project.rateCardTemplateId}`);
  const overrides = project.rateCardOverrides
    ? (rateCardOverridesSchema.parse(project.rateCardOverrides) as RateCardOverrides)
    : null;
  return resolveRateCard(template, overrides);
}
