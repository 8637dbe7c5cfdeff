import { describe, expect, it } from 'vitest';
import { fieldErrorsFromZod } from '../validation/field-errors';
import { signInInputSchema } from './sign-in-input';

const errors = (input: unknown) => {
  const result = signInInputSchema.safeParse(input);
  return result.success ? [] : fieldErrorsFromZod(result.error).map((e) => [e.path.join('.'), e.code]);
};

describe('signInInputSchema', () => {
  it('trims and lower-cases the e-mail and keeps the password as typed', () => {
    expect(
      signInInputSchema.parse({ email: '  Anna.Schmidt@Schule-Essen.DE ', password: ' Pass word ' }),
    ).toEqual({
      email: 'anna.schmidt@schule-essen.de',
      password: ' Pass word ',
    });
  });

  it.each([
    {
      name: 'an invalid e-mail',
      input: { email: 'anna@', password: 'x' },
      expected: [['email', 'EMAIL_INVALID']],
    },
    {
      name: 'an empty e-mail',
      input: { email: '   ', password: 'x' },
      expected: [['email', 'EMAIL_INVALID']],
    },
    {
      name: 'an empty password',
      input: { email: 'a@b.eu', password: '' },
      expected: [['password', 'PASSWORD_REQUIRED']],
    },
    {
      name: 'a password over 1024 characters',
      input: { email: 'a@b.eu', password: 'x'.repeat(1025) },
      expected: [['password', 'PASSWORD_TOO_LONG']],
    },
    { name: 'a missing e-mail', input: { password: 'x' }, expected: [['email', 'REQUIRED']] },
    { name: 'a missing password', input: { email: 'a@b.eu' }, expected: [['password', 'PASSWORD_REQUIRED']] },
  ])('rejects $name', ({ input, expected }) => {
    expect(errors(input)).toEqual(expected);
  });

  it('accepts a password of exactly 1024 characters', () => {
    expect(errors({ email: 'a@b.eu', password: 'x'.repeat(1024) })).toEqual([]);
  });
});
