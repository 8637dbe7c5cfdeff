import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { Navigate, type RouteObject } from 'react-router';
import { AppLayoutRoute } from './app-layout-route';
import { RouteError } from './route-error';
import { SignInRoute } from './sign-in-route';

/**
 * The app's screens, relative to its base path (`/participant/`). The sign-in page and the
 * signed-in frame are in the main chunk; every page inside the frame is its own chunk, loaded by
 * React Router when first visited (the current page stays while the next one loads; on a first
 * visit the loader shows).
 */
export const appRoutes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <FullPageLoader />,
    children: [
      { path: '/sign-in', element: <SignInRoute /> },
      {
        path: '/',
        element: <AppLayoutRoute />,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./home-route')).HomeRoute }),
          },
          {
            path: 'mobilities/:mobilityId',
            lazy: async () => ({ Component: (await import('./mobility-route')).MobilityRoute }),
          },
        ],
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
