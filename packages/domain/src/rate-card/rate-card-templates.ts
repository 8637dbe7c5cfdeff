import type { RateCardTemplate } from './rate-card';
import { TEMPLATE_2021_2023 } from './template-2021-2023';
import { TEMPLATE_2024 } from './template-2024';

export const RATE_CARD_TEMPLATES: readonly RateCardTemplate[] = [TEMPLATE_2021_2023, TEMPLATE_2024];

/**
 * Programme rule: a project keeps the rules of its call year for its whole life (reference §0).
 * `null` for call years before the 2021–2027 programme.
 */
export function rateCardTemplateForCallYear(callYear: number): RateCardTemplate | null {
  return (
    RATE_CARD_TEMPLATES.find(
      (t) => callYear >= t.firstCallYear && (t.lastCallYear === null || callYear <= t.lastCallYear),
    ) ?? null
  );
}

export function findRateCardTemplate(templateId: string): RateCardTemplate | null {
  return RATE_CARD_TEMPLATES.find((t) => t.templateId === templateId) ?? null;
}
