import { Navigate, type RouteObject } from 'react-router';
import { AppLayoutRoute } from './app-layout-route';
import { HomeRoute } from './home-route';
import { RouteError } from './route-error';
import { SignInRoute } from './sign-in-route';

/** The app's screens, relative to its base path (`/host/`). */
export const appRoutes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: '/sign-in', element: <SignInRoute /> },
      {
        path: '/',
        element: <AppLayoutRoute />,
        children: [{ index: true, element: <HomeRoute /> }],
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
