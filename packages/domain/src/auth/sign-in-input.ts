import { z } from 'zod';
import { requiredOr } from '../validation/validation-messages';

/**
 * Sign-in with e-mail and password. The e-mail is trimmed and lower-cased so the same address
 * always finds the same user; the password is kept exactly as typed, and capped because
 * Argon2id hashes whatever it is given (architecture §5).
 */
export const signInInputSchema = z.strictObject({
  email: z
    .string({ error: requiredOr('EMAIL_INVALID') })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'EMAIL_INVALID' })),
  password: z
    .string({ error: 'PASSWORD_REQUIRED' })
    .min(1, { error: 'PASSWORD_REQUIRED' })
    .max(1024, { error: 'PASSWORD_TOO_LONG' }),
});

export type SignInInput = z.input<typeof signInInputSchema>;
export type SignInValues = z.output<typeof signInInputSchema>;
