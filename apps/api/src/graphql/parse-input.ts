import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import type { z } from 'zod';
import { InputValidationError } from './errors';

/** Parses mutation input with the domain's zod schema; failures become a typed ValidationError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InputValidationError(
    fieldErrorsFromZod(result.error, input).map((e) => ({
      path: e.path.map(String),
      code: e.code,
      message: e.message,
    })),
  );
}
