import '@mobilis/ui/styles.css';
import { MobilisProvider } from '@mobilis/ui/mobilis-provider';
import { createUrqlClient } from '@mobilis/web-client/create-urql-client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { SessionClientProvider } from './features/session/session-client-provider';
import { createHostI18n } from './i18n/host-i18n';
import { appRoutes } from './routes/app-routes';

const i18n = createHostI18n();
// BASE_URL is Vite's `base` ("/host/"): the API serves this app under it.
const router = createBrowserRouter(appRoutes, { basename: import.meta.env.BASE_URL });
const createClient = () => createUrqlClient({ locale: () => i18n.language });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MobilisProvider i18n={i18n}>
      <SessionClientProvider createClient={createClient}>
        <RouterProvider router={router} />
      </SessionClientProvider>
    </MobilisProvider>
  </StrictMode>,
);
