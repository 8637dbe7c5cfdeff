import type { MessageParams } from '../message/translatable-message';

/** Result of validating an identifier: the normalised value, or a translatable reason. */
export type IdentifierResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly params: MessageParams };

export function valid<T>(value: T): IdentifierResult<T> {
  return { ok: true, value };
}

export function invalid<T>(code: string, message: string, params: MessageParams = {}): IdentifierResult<T> {
  return { ok: false, code, message, params };
}
