import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { Navigate, type RouteObject } from 'react-router';
import { AppLayoutRoute } from './app-layout-route';
import { RouteError } from './route-error';
import { SignInRoute } from './sign-in-route';

/**
 * The app's screens, relative to its base path (`/org/`). The sign-in page and the signed-in
 * frame are in the main chunk; every page inside the frame is its own chunk, loaded by React
 * Router when first visited (the current page stays while the next one loads; on a first visit
 * the loader shows).
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
            path: 'calculator',
            lazy: async () => ({
              Component: (await import('./grant-calculator-route')).GrantCalculatorRoute,
            }),
          },
          {
            path: 'mobilities',
            lazy: async () => ({ Component: (await import('./mobility-list-route')).MobilityListRoute }),
          },
          {
            path: 'mobilities/new',
            lazy: async () => ({ Component: (await import('./mobility-new-route')).MobilityNewRoute }),
          },
          {
            path: 'mobilities/:mobilityId',
            lazy: async () => ({ Component: (await import('./mobility-detail-route')).MobilityDetailRoute }),
          },
          {
            path: 'mobilities/:mobilityId/edit',
            lazy: async () => ({ Component: (await import('./mobility-edit-route')).MobilityEditRoute }),
          },
          {
            path: 'mobilities/:mobilityId/learning-agreement/edit',
            lazy: async () => ({
              Component: (await import('./learning-agreement-edit-route')).LearningAgreementEditRoute,
            }),
          },
          {
            path: 'projects',
            lazy: async () => ({ Component: (await import('./project-list-route')).ProjectListRoute }),
          },
          {
            path: 'projects/new',
            lazy: async () => ({ Component: (await import('./project-new-route')).ProjectNewRoute }),
          },
          {
            path: 'projects/:projectId',
            lazy: async () => ({ Component: (await import('./project-detail-route')).ProjectDetailRoute }),
          },
          {
            path: 'participants',
            lazy: async () => ({
              Component: (await import('./participant-list-route')).ParticipantListRoute,
            }),
          },
          {
            path: 'hosts',
            lazy: async () => ({ Component: (await import('./host-directory-route')).HostDirectoryRoute }),
          },
          {
            path: 'preparation',
            lazy: async () => ({
              Component: (await import('./preparation-checklist-route')).PreparationChecklistRoute,
            }),
          },
        ],
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
