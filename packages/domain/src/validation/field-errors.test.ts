import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsFromZod } from './field-errors';

describe('fieldErrorsFromZod', () => {
  const schema = z.strictObject({
    name: z.string(),
    count: z.number().min(3, { error: 'NUMBER_TOO_SMALL' }),
  });

  it('keeps our codes, with English text and the limit as a param', () => {
    const result = schema.safeParse({ name: 'x', count: 1 });
    expect(result.error && fieldErrorsFromZod(result.error)).toEqual([
      {
        path: ['count'],
        code: 'NUMBER_TOO_SMALL',
        message: 'The number is too small.',
        params: { limit: 3 },
      },
    ]);
  });

  it('maps zod issues without our code to REQUIRED, INVALID_VALUE or UNKNOWN_FIELD', () => {
    const result = schema.safeParse({ name: 5, extra: true });
    const codes = result.error
      ? fieldErrorsFromZod(result.error, { name: 5, extra: true }).map((e) => [e.path.join('.'), e.code])
      : [];
    expect(codes).toEqual([
      ['name', 'INVALID_VALUE'],
      ['count', 'REQUIRED'],
      ['', 'UNKNOWN_FIELD'],
    ]);
  });
});
