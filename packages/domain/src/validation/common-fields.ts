import { z } from 'zod';
import { epochDay } from '../dates/calendar-date';
import { requiredOr } from './validation-messages';

/** Reusable zod fields with stable message codes, shared by the input schemas. */
export const requiredText = (max = 200) =>
  z
    .string({ error: requiredOr('TEXT_REQUIRED') })
    .trim()
    .min(1, { error: 'TEXT_REQUIRED' })
    .max(max, { error: 'TEXT_TOO_LONG' });

export const optionalText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max, { error: 'TEXT_TOO_LONG' })
    .nullish()
    .transform((value) => (value ? value : null));

export const isoDateField = z
  .string({ error: requiredOr('DATE_INVALID') })
  .trim()
  .refine((value) => epochDay(value) !== null, { error: 'DATE_INVALID' });

export const emailField = z
  .string({ error: requiredOr('EMAIL_INVALID') })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'EMAIL_INVALID' }));

export const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: requiredOr('NUMBER_INVALID') })
    .int({ error: 'NUMBER_NOT_WHOLE' })
    .min(min, { error: 'NUMBER_TOO_SMALL' })
    .max(max, { error: 'NUMBER_TOO_LARGE' });

export const centsField = z
  .number({ error: requiredOr('AMOUNT_INVALID') })
  .int({ error: 'AMOUNT_NOT_WHOLE_CENTS' })
  .min(0, { error: 'AMOUNT_NEGATIVE' })
  .max(1_000_000_000, { error: 'AMOUNT_TOO_LARGE' });

/** True when `end` is on or after `start` (both valid ISO dates). */
export function isOrderedPeriod(start: string, end: string): boolean {
  const a = epochDay(start);
  const b = epochDay(end);
  return a === null || b === null || b >= a;
}
