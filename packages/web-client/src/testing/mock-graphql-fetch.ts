/**
 * A `fetch` stand-in for component tests: answers each GraphQL request by its `operationName`,
 * so the real urql client (with the persisted-documents exchange) runs against canned results.
 */

export interface RecordedGraphQLRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: {
    operationName?: string;
    query?: string;
    variables?: Record<string, unknown>;
    extensions?: { persistedQuery?: { version: number; sha256Hash: string } };
  };
}

export interface MockGraphQLResult {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export type MockGraphQLHandler =
  | MockGraphQLResult
  | ((request: RecordedGraphQLRequest) => MockGraphQLResult | Promise<MockGraphQLResult>);

export interface MockGraphQLFetch {
  fetch: typeof globalThis.fetch;
  /** Every request received, in order. */
  requests: RecordedGraphQLRequest[];
}

function headersToRecord(headers: HeadersInit | undefined): Record<string, string> {
  return Object.fromEntries(new Headers(headers).entries());
}

export function createMockGraphQLFetch(handlers: Record<string, MockGraphQLHandler>): MockGraphQLFetch {
  const requests: RecordedGraphQLRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request: RecordedGraphQLRequest = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: headersToRecord(init?.headers),
      body: JSON.parse(String(init?.body ?? '{}')),
    };
    requests.push(request);
    const handler = handlers[request.body.operationName ?? ''];
    const result: MockGraphQLResult = !handler
      ? { errors: [{ message: `No mock for operation ${request.body.operationName}` }] }
      : typeof handler === 'function'
        ? await handler(request)
        : handler;
    return new Response(JSON.stringify(result), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch, requests };
}
