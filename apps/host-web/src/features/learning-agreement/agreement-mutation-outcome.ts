import type { CombinedError } from 'urql';
import type { CodedMessage } from '../forms/use-validation-message';
import type { ServerFieldError } from '../placements/placement-mutation-outcome';

/**
 * What signing or commenting came to: done, fields to fix (`unshown` are problems no field
 * displays), the proposal changed meanwhile (stale hash), the workflow refused (by `code`), gone,
 * or no usable answer.
 */
export type AgreementMutationOutcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'invalid'; readonly unshown: readonly CodedMessage[] }
  | { readonly kind: 'stale' }
  | { readonly kind: 'refused'; readonly code: string; readonly message: string }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'transport' };

/** The members of the agreement mutations' result unions, as their documents select them. */
export type AgreementMutationResult =
  | { readonly __typename: 'LearningAgreementPayload' }
  | { readonly __typename: 'ValidationError'; readonly fieldErrors: readonly ServerFieldError[] }
  | { readonly __typename: 'StaleVersionError' }
  | { readonly __typename: 'LearningAgreementError'; readonly code: string; readonly message: string }
  | { readonly __typename: 'NotFoundError' };

/**
 * Reads a result union; a `ValidationError` is handed to `onInvalid`, which marks the form's fields
 * and returns the problems no field shows.
 */
export function agreementMutationOutcome(
  result: AgreementMutationResult | null | undefined,
  error: CombinedError | undefined,
  onInvalid: (fieldErrors: readonly ServerFieldError[]) => readonly CodedMessage[],
): AgreementMutationOutcome {
  if (!result || error) return { kind: 'transport' };
  switch (result.__typename) {
    case 'LearningAgreementPayload':
      return { kind: 'ok' };
    case 'ValidationError':
      return { kind: 'invalid', unshown: onInvalid(result.fieldErrors) };
    case 'StaleVersionError':
      return { kind: 'stale' };
    case 'LearningAgreementError':
      return { kind: 'refused', code: result.code, message: result.message };
    case 'NotFoundError':
      return { kind: 'notFound' };
  }
}

/** What the sign and comment forms get: the proposal the host read, and where to report. */
export interface AgreementFormProps {
  mobilityId: string;
  /** The hash of the proposal shown: the API refuses the step if the proposal changed since. */
  proposalHash: string;
  onOutcome: (outcome: AgreementMutationOutcome) => void;
}
