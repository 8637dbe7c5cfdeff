import { Navigate, type RouteObject } from 'react-router';
import { AppLayoutRoute } from './app-layout-route';
import { GrantCalculatorRoute } from './grant-calculator-route';
import { HomeRoute } from './home-route';
import { HostDirectoryRoute } from './host-directory-route';
import { MobilityDetailRoute } from './mobility-detail-route';
import { MobilityEditRoute } from './mobility-edit-route';
import { MobilityListRoute } from './mobility-list-route';
import { MobilityNewRoute } from './mobility-new-route';
import { ParticipantListRoute } from './participant-list-route';
import { ProjectDetailRoute } from './project-detail-route';
import { ProjectListRoute } from './project-list-route';
import { ProjectNewRoute } from './project-new-route';
import { RouteError } from './route-error';
import { SignInRoute } from './sign-in-route';

/** The app's screens, relative to its base path (`/org/`). */
export const appRoutes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: '/sign-in', element: <SignInRoute /> },
      {
        path: '/',
        element: <AppLayoutRoute />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'calculator', element: <GrantCalculatorRoute /> },
          { path: 'mobilities', element: <MobilityListRoute /> },
          { path: 'mobilities/new', element: <MobilityNewRoute /> },
          { path: 'mobilities/:mobilityId', element: <MobilityDetailRoute /> },
          { path: 'mobilities/:mobilityId/edit', element: <MobilityEditRoute /> },
          { path: 'projects', element: <ProjectListRoute /> },
          { path: 'projects/new', element: <ProjectNewRoute /> },
          { path: 'projects/:projectId', element: <ProjectDetailRoute /> },
          { path: 'participants', element: <ParticipantListRoute /> },
          { path: 'hosts', element: <HostDirectoryRoute /> },
        ],
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
