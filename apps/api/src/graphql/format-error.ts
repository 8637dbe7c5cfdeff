import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

// Errors whose message is meant for the client. Everything else is a bug or an outage and is
// masked: the client gets a stable message and a correlation id that finds the log entry.
const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      // Field errors are the one extension a client needs; everything else stays server-side.
      const fieldErrors = code === 'BAD_USER_INPUT' ? formatted.extensions?.fieldErrors : undefined;
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: fieldErrors ? { code, fieldErrors } : { code },
      };
    }
    const correlationId = randomUUID();
    log.error(
      { err: unwrapResolverError(error), correlationId, path: formatted.path },
      'unexpected GraphQL error',
    );
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    };
  };
}
