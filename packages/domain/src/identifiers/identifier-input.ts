import { z } from 'zod';
import { requiredOr } from '../validation/validation-messages';
import { validateErasmusCode } from './erasmus-code';
import { validateOid, validatePic } from './organisation-id';
import { parseProjectCode } from './project-code';

/** Zod schemas for forms and the API; each outputs the normalised identifier. */
export const oidSchema = z.string({ error: requiredOr('OID_INVALID') }).transform((input, ctx) => {
  const result = validateOid(input);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.code });
  return z.NEVER;
});

export const picSchema = z.string({ error: requiredOr('PIC_INVALID') }).transform((input, ctx) => {
  const result = validatePic(input);
  if (result.ok) return result.value;
  ctx.addIssue({ code: 'custom', message: result.code });
  return z.NEVER;
});

/** Outputs the normalised code string; use validateErasmusCode for its parts. */
export const erasmusCodeSchema = z
  .string({ error: requiredOr('ERASMUS_CODE_INVALID') })
  .transform((input, ctx) => {
    const result = validateErasmusCode(input);
    if (result.ok) return result.value.code;
    ctx.addIssue({ code: 'custom', message: result.code });
    return z.NEVER;
  });

export const projectCodeSchema = z
  .string({ error: requiredOr('PROJECT_CODE_INVALID') })
  .transform((input, ctx) => {
    const result = parseProjectCode(input);
    if (result.ok) return result.value.code;
    ctx.addIssue({ code: 'custom', message: result.code });
    return z.NEVER;
  });
