import { Navigate, type RouteObject } from 'react-router';
import { AppLayoutRoute } from './app-layout-route';
import { InboxRoute } from './inbox-route';
import { InvitationRoute } from './invitation-route';
import { OrganisationRoute } from './organisation-route';
import { PlacementDetailRoute } from './placement-detail-route';
import { RouteError } from './route-error';
import { SignInLinkRoute } from './sign-in-link-route';
import { SignInRoute } from './sign-in-route';

/** The app's screens, relative to its base path (`/host/`). */
export const appRoutes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      // Signed out: the layout below would send these visitors to the sign-in page.
      { path: '/sign-in', element: <SignInRoute /> },
      { path: '/invitation', element: <InvitationRoute /> },
      { path: '/sign-in-link', element: <SignInLinkRoute /> },
      {
        path: '/',
        element: <AppLayoutRoute />,
        children: [
          { index: true, element: <InboxRoute /> },
          { path: 'placements/:mobilityId', element: <PlacementDetailRoute /> },
          { path: 'organisation', element: <OrganisationRoute /> },
        ],
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
