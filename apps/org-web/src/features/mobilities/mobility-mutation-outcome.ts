import type { CombinedError } from 'urql';

/** A field the server rejected: `path` relative to the mutation's input (fact fields under `facts`, or not). */
export interface ServerFieldError {
  readonly path: readonly string[];
  readonly code: string;
  readonly message: string;
}

/**
 * What a mobility mutation came to, as the screens act on it: saved, fields to fix, someone else
 * saved first (reload), the lifecycle refused (say why), gone, or no usable answer at all.
 */
export type MobilityMutationOutcome =
  | { readonly kind: 'ok'; readonly mobilityId: string }
  | { readonly kind: 'invalid'; readonly fieldErrors: readonly ServerFieldError[] }
  | { readonly kind: 'stale' }
  | {
      readonly kind: 'transition';
      readonly code: string;
      readonly fromStatus: string;
      readonly message: string;
    }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'transport' };

/** The members of the mobility mutations' result unions, as their documents select them. */
type MobilityResult =
  | { readonly __typename: 'MobilityPayload'; readonly mobility: { readonly id: string } }
  | { readonly __typename: 'ValidationError'; readonly fieldErrors: readonly ServerFieldError[] }
  | { readonly __typename: 'StaleVersionError' }
  | {
      readonly __typename: 'InvalidTransitionError';
      readonly code: string;
      readonly fromStatus: string;
      readonly message: string;
    }
  | { readonly __typename: 'NotFoundError' };

export function mobilityMutationOutcome(
  result: MobilityResult | null | undefined,
  error?: CombinedError,
): MobilityMutationOutcome {
  if (!result || error) return { kind: 'transport' };
  switch (result.__typename) {
    case 'MobilityPayload':
      return { kind: 'ok', mobilityId: result.mobility.id };
    case 'ValidationError':
      return { kind: 'invalid', fieldErrors: result.fieldErrors };
    case 'StaleVersionError':
      return { kind: 'stale' };
    case 'InvalidTransitionError':
      return {
        kind: 'transition',
        code: result.code,
        fromStatus: result.fromStatus,
        message: result.message,
      };
    case 'NotFoundError':
      return { kind: 'notFound' };
  }
}
