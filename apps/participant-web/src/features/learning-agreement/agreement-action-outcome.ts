import type { CombinedError } from 'urql';

/**
 * What signing or asking for changes came to: done, the proposal changed meanwhile (reload and
 * decide again), the workflow refused (e.g. not your turn), the input was rejected, the mobility
 * is gone, or no usable answer at all.
 */
export type AgreementActionOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'stale' }
  | { readonly kind: 'refused'; readonly code: string; readonly message: string }
  | { readonly kind: 'invalid'; readonly fieldErrors: readonly FieldProblem[] }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'transport' };

export interface FieldProblem {
  readonly path: readonly string[];
  readonly code: string;
  readonly message: string;
}

/** The members of the agreement mutations' result unions, as their documents select them. */
type AgreementResult =
  | { readonly __typename: 'LearningAgreementPayload' }
  | { readonly __typename: 'StaleVersionError' }
  | { readonly __typename: 'NotFoundError' }
  | { readonly __typename: 'LearningAgreementError'; readonly code: string; readonly message: string }
  | { readonly __typename: 'ValidationError'; readonly fieldErrors: readonly FieldProblem[] };

export function agreementActionOutcome(
  result: AgreementResult | null | undefined,
  error?: CombinedError,
): AgreementActionOutcome {
  if (!result || error) return { kind: 'transport' };
  switch (result.__typename) {
    case 'LearningAgreementPayload':
      return { kind: 'done' };
    case 'StaleVersionError':
      return { kind: 'stale' };
    case 'NotFoundError':
      return { kind: 'notFound' };
    case 'LearningAgreementError':
      return { kind: 'refused', code: result.code, message: result.message };
    case 'ValidationError':
      return { kind: 'invalid', fieldErrors: result.fieldErrors };
  }
}
