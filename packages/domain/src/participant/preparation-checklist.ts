import { z } from 'zod';
import { requiredText } from '../validation/common-fields';

/**
 * Preparation a sending organisation asks of its participants before departure (EQS "quality
 * and support to participants": practical arrangements, preparation, insurance). Default list;
 * an organisation may define its own.
 */
export const DEFAULT_PREPARATION_CHECKLIST = [
  { key: 'LANGUAGE_PREPARATION', label: 'Language preparation done' },
  { key: 'INSURANCE', label: 'Insurance arranged' },
  { key: 'TRAVEL_BOOKED', label: 'Travel booked' },
  { key: 'DOCUMENTS', label: 'Documents ready (ID, health card, agreements)' },
] as const;

export interface ChecklistItem {
  readonly key: string;
  readonly label: string;
}

export const preparationChecklistSchema = z
  .array(
    z.strictObject({
      key: z
        .string()
        .trim()
        .regex(/^[A-Z0-9_]{2,40}$/, { error: 'INVALID_VALUE' }),
      label: requiredText(200),
    }),
  )
  .min(1, { error: 'TEXT_REQUIRED' })
  .max(30);

/** The checklist in force: the organisation's own, or the default. */
export function checklistOf(stored: unknown): readonly ChecklistItem[] {
  const parsed = preparationChecklistSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_PREPARATION_CHECKLIST;
}
