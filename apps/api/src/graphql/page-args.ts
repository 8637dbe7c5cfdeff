import { GraphQLError } from 'graphql';

/** Every list that can grow pages with `first` 1–100 (quality bar S-6); default 25. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? 25;
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw new GraphQLError('`first` must be between 1 and 100.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return size;
}

export function badCursor(): GraphQLError {
  return new GraphQLError('The cursor is not valid; start again from the first page.', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export function connectionOf<T>(items: { node: T; cursor: string }[], hasNextPage: boolean) {
  return {
    edges: items,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: false,
      startCursor: items[0]?.cursor ?? null,
      endCursor: items.at(-1)?.cursor ?? null,
    },
  };
}
