import type { z } from 'zod';
import type { MessageParams } from '../message/translatable-message';
import {
  isValidationMessageCode,
  VALIDATION_MESSAGES,
  type ValidationMessageCode,
} from './validation-messages';

export interface FieldError {
  /** Path of the field, e.g. `['facts', 'endDate']`; empty for the whole input. */
  readonly path: readonly (string | number)[];
  readonly code: ValidationMessageCode;
  readonly message: string;
  readonly params: MessageParams;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function fallbackCode(issue: z.core.$ZodIssue, input: unknown): ValidationMessageCode {
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) return 'REQUIRED';
  if (issue.code === 'unrecognized_keys') return 'UNKNOWN_FIELD';
  return 'INVALID_VALUE';
}

function issueParams(issue: z.core.$ZodIssue): MessageParams {
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    return { limit: typeof limit === 'bigint' ? Number(limit) : limit };
  }
  if (issue.code === 'unrecognized_keys') return { keys: issue.keys.join(', ') };
  return {};
}

/**
 * Turns a zod error into field errors with stable codes: our schemas put a code from
 * VALIDATION_MESSAGES in each issue's message; zod's own issues (missing field, wrong type)
 * map to REQUIRED (when `input` shows the value is absent) / INVALID_VALUE / UNKNOWN_FIELD.
 */
export function fieldErrorsFromZod(error: z.ZodError, input?: unknown): FieldError[] {
  return error.issues.map((issue) => {
    const code = isValidationMessageCode(issue.message) ? issue.message : fallbackCode(issue, input);
    return {
      path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
      code,
      message: VALIDATION_MESSAGES[code],
      params: issueParams(issue),
    };
  });
}
