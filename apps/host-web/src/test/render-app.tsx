import type { Locale } from '@mobilis/ui/i18n/supported-locales';
import { MobilisProvider } from '@mobilis/ui/mobilis-provider';
import { createUrqlClient } from '@mobilis/web-client/create-urql-client';
import {
  createMockGraphQLFetch,
  type MockGraphQLHandler,
} from '@mobilis/web-client/testing/mock-graphql-fetch';
import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { SessionClientProvider } from '../features/session/session-client-provider';
import { createHostI18n } from '../i18n/host-i18n';
import { appRoutes } from '../routes/app-routes';

export interface RenderAppOptions {
  /** The path inside the app, without the `/host` base. */
  path?: string;
  /** Canned GraphQL results by operation name. */
  graphql: Record<string, MockGraphQLHandler>;
  lng?: Locale;
  /** Render inside `<StrictMode>` as `main.tsx` does (effects run twice on mount). */
  strictMode?: boolean;
}

/**
 * The whole app as `main.tsx` mounts it, with a memory router and the real urql client whose
 * `fetch` answers from `graphql`; `requests` records what the client sent.
 */
export function renderApp({ path = '/', graphql, lng = 'en', strictMode = false }: RenderAppOptions) {
  const server = createMockGraphQLFetch(graphql);
  const i18n = createHostI18n(lng);
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const createClient = () => createUrqlClient({ fetch: server.fetch, locale: () => i18n.language });
  const app = (
    <MobilisProvider i18n={i18n} env="test">
      <SessionClientProvider createClient={createClient}>
        <RouterProvider router={router} />
      </SessionClientProvider>
    </MobilisProvider>
  );
  render(strictMode ? <StrictMode>{app}</StrictMode> : app);
  return { router, requests: server.requests };
}
