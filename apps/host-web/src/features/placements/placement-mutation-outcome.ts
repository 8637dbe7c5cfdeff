import type { CombinedError } from 'urql';
import type { CodedMessage } from '../forms/use-validation-message';

/** A field the server rejected, its path relative to what the form sends (e.g. `["email"]`). */
export interface ServerFieldError extends CodedMessage {
  readonly path: readonly string[];
}

/**
 * What a host mutation came to: done, fields to fix (`unshown` are problems no field displays),
 * someone else changed the placement first, the lifecycle refused, gone, or no usable answer.
 */
export type PlacementMutationOutcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'invalid'; readonly unshown: readonly CodedMessage[] }
  | { readonly kind: 'stale' }
  | {
      readonly kind: 'transition';
      readonly code: string;
      readonly fromStatus: string;
      readonly message: string;
    }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'transport' };

/** The members of the host mutations' result unions, as their documents select them. */
export type PlacementMutationResult =
  | { readonly __typename: 'HostMobilityPayload' }
  | { readonly __typename: 'ValidationError'; readonly fieldErrors: readonly ServerFieldError[] }
  | { readonly __typename: 'StaleVersionError' }
  | {
      readonly __typename: 'InvalidTransitionError';
      readonly code: string;
      readonly fromStatus: string;
      readonly message: string;
    }
  | { readonly __typename: 'NotFoundError' };

/**
 * Reads a result union; a `ValidationError` is handed to `onInvalid`, which marks the form's fields
 * and returns the problems no field shows.
 */
export function placementMutationOutcome(
  result: PlacementMutationResult | null | undefined,
  error: CombinedError | undefined,
  onInvalid: (fieldErrors: readonly ServerFieldError[]) => readonly CodedMessage[],
): PlacementMutationOutcome {
  if (!result || error) return { kind: 'transport' };
  switch (result.__typename) {
    case 'HostMobilityPayload':
      return { kind: 'ok' };
    case 'ValidationError':
      return { kind: 'invalid', unshown: onInvalid(result.fieldErrors) };
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

/** What every host action form gets: the placement, the version it shows, and where to report. */
export interface PlacementFormProps {
  mobilityId: string;
  /** Sent as `expectedVersion`: the API refuses the change if someone else changed it since. */
  version: number;
  onOutcome: (outcome: PlacementMutationOutcome) => void;
}
