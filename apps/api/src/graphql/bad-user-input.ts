import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import { GraphQLError } from 'graphql';
import type { z } from 'zod';

/**
 * Queries cannot return result unions, so their input problems travel as a top-level
 * BAD_USER_INPUT error that carries the same field errors a mutation's ValidationError would.
 */
export function parseQueryInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badUserInput(
    fieldErrorsFromZod(result.error, input).map((e) => ({
      path: e.path.map(String),
      code: e.code,
      message: e.message,
    })),
  );
}

export function badUserInput(fieldErrors: { path: string[]; code: string; message: string }[]): GraphQLError {
  return new GraphQLError('Some fields are not valid.', {
    extensions: { code: 'BAD_USER_INPUT', fieldErrors },
  });
}
