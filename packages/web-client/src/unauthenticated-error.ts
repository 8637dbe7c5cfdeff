import type { CombinedError } from '@urql/core';

/**
 * True when the API refused the operation because nobody is signed in (top-level error with
 * `extensions.code` `UNAUTHENTICATED`). Signed-out is not an error for `viewer`, which is `null`.
 */
export function isUnauthenticatedError(error: CombinedError | undefined | null): boolean {
  return error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ?? false;
}
