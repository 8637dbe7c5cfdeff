import type { CombinedError } from 'urql';

/** A field the server rejected, with its path in the mutation's input. */
export interface AgreementFieldError {
  readonly path: readonly string[];
  readonly code: string;
  readonly message: string;
}

/**
 * What a learning-agreement mutation came to: done, fields to fix, the proposal changed since it
 * was read (reload), the workflow refused (by code), gone, or no usable answer.
 */
export type AgreementOutcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'invalid'; readonly fieldErrors: readonly AgreementFieldError[] }
  | { readonly kind: 'stale' }
  | { readonly kind: 'refused'; readonly code: string; readonly message: string }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'transport' };

/** The members of the agreement mutations' result unions, as their documents select them. */
type AgreementResult =
  | { readonly __typename: 'LearningAgreementPayload' }
  | { readonly __typename: 'ValidationError'; readonly fieldErrors: readonly AgreementFieldError[] }
  | { readonly __typename: 'StaleVersionError' }
  | { readonly __typename: 'LearningAgreementError'; readonly code: string; readonly message: string }
  | { readonly __typename: 'NotFoundError' };

export function agreementOutcome(
  result: AgreementResult | null | undefined,
  error?: CombinedError,
): AgreementOutcome {
  if (!result || error) return { kind: 'transport' };
  switch (result.__typename) {
    case 'LearningAgreementPayload':
      return { kind: 'ok' };
    case 'ValidationError':
      return { kind: 'invalid', fieldErrors: result.fieldErrors };
    case 'StaleVersionError':
      return { kind: 'stale' };
    case 'LearningAgreementError':
      return { kind: 'refused', code: result.code, message: result.message };
    case 'NotFoundError':
      return { kind: 'notFound' };
  }
}
