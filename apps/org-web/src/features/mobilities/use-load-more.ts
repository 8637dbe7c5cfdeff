import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useState } from 'react';
import { type AnyVariables, useClient } from 'urql';

interface Connection<Edge> {
  readonly edges: readonly Edge[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
}

interface MorePages<Edge> {
  /** The variables the pages belong to; a new filter starts over. */
  readonly key: string;
  readonly edges: readonly Edge[];
  readonly pageInfo: Connection<Edge>['pageInfo'] | null;
  readonly loading: boolean;
  readonly failed: boolean;
}

export interface LoadMore<Edge> {
  /** The first page (from the route's query) followed by every page loaded since. */
  readonly edges: readonly Edge[];
  readonly hasNextPage: boolean;
  readonly loading: boolean;
  readonly failed: boolean;
  readonly loadMore: () => void;
}

/**
 * Keyset pagination on top of a route's query: the route's `useQuery` keeps the first page (and
 * refreshes it); "Load more" asks for the page `after` the last cursor with the same query and
 * appends it. Without a normalised cache this keeps the route to one query and one document.
 */
export function useLoadMore<
  Data,
  Variables extends AnyVariables & { after?: string | null },
  Edge extends { cursor: string },
>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  firstPage: Connection<Edge> | null,
  connectionOf: (data: Data) => Connection<Edge> | null | undefined,
): LoadMore<Edge> {
  const client = useClient();
  const key = JSON.stringify(variables);
  const fresh: MorePages<Edge> = { key, edges: [], pageInfo: null, loading: false, failed: false };
  const [state, setState] = useState<MorePages<Edge>>(fresh);
  const more = state.key === key ? state : fresh;
  const pageInfo = more.pageInfo ?? firstPage?.pageInfo ?? null;

  const loadMore = () => {
    const after = pageInfo?.endCursor;
    if (!after || more.loading) return;
    setState({ ...more, loading: true, failed: false });
    void client
      .query(query, { ...variables, after }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        const connection = result.data ? connectionOf(result.data) : null;
        setState((previous) => {
          if (previous.key !== key) return previous;
          if (!connection) return { ...previous, loading: false, failed: true };
          return {
            key,
            edges: [...previous.edges, ...connection.edges],
            pageInfo: connection.pageInfo,
            loading: false,
            failed: false,
          };
        });
      });
  };

  const seen = new Set<string>();
  const edges = [...(firstPage?.edges ?? []), ...more.edges].filter((edge) => {
    if (seen.has(edge.cursor)) return false;
    seen.add(edge.cursor);
    return true;
  });
  return {
    edges,
    hasNextPage: pageInfo?.hasNextPage ?? false,
    loading: more.loading,
    failed: more.failed,
    loadMore,
  };
}
