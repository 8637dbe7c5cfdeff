import { Client, cacheExchange, type Exchange, fetchExchange, mapExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { isUnauthenticatedError } from './unauthenticated-error';

/** What codegen's client preset embeds in every generated document (`persistedDocuments` mode). */
interface PersistedDocumentMeta {
  __meta__?: { hash?: string };
}

export interface CreateUrqlClientOptions {
  /** The GraphQL endpoint; the API serves every app from one origin. */
  url?: string;
  /** The UI language, sent as `Accept-Language` so the server can word its messages for it. */
  locale?: () => string;
  /** Called once per result carrying a top-level `UNAUTHENTICATED` error. */
  onUnauthenticated?: () => void;
  /** A `fetch` to use instead of the global one (tests pass a mock). */
  fetch?: typeof globalThis.fetch;
}

/** Reads the hash codegen computed for the document; `undefined` for a hand-written document. */
export function readPersistedHash(document: unknown): string | undefined {
  return (document as PersistedDocumentMeta | null)?.__meta__?.hash;
}

/**
 * The urql client every web app uses.
 *
 * Only persisted documents go over the wire: the body carries `operationName`, `variables` and
 * `extensions.persistedQuery.sha256Hash` (the manifest key, `sha256:<hex>`), never the query text,
 * and the API executes only documents from the apps' manifests. Requests stay JSON POSTs, which
 * Apollo's CSRF prevention accepts; the session cookie rides along (same origin).
 */
export function createUrqlClient(options: CreateUrqlClientOptions = {}): Client {
  const { url = '/graphql', locale, onUnauthenticated } = options;
  const exchanges: Exchange[] = [];
  if (onUnauthenticated) {
    exchanges.push(
      mapExchange({
        onError(error) {
          if (isUnauthenticatedError(error)) onUnauthenticated();
        },
      }),
    );
  }
  exchanges.push(
    cacheExchange,
    persistedExchange({
      generateHash: async (_query, document) => readPersistedHash(document),
      enforcePersistedQueries: true,
      enableForMutation: true,
      preferGetForPersistedQueries: false,
    }),
    fetchExchange,
  );
  return new Client({
    url,
    exchanges,
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const headers: Record<string, string> = locale ? { 'accept-language': locale() } : {};
      return { credentials: 'same-origin', headers };
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
