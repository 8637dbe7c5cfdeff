import { CenteredPageLayout } from '@mobilis/ui/centered-page-layout';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { isUnauthenticatedError } from '@mobilis/web-client/unauthenticated-error';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { ViewerShell } from '../features/shell/viewer-shell';
import { graphql } from '../gql/gql';

const AppLayoutRouteQuery = graphql(`
  query AppLayoutRouteQuery {
    viewer {
      ...ViewerShell_viewer
    }
  }
`);

/** Every signed-in page sits in here; signed-out visitors are sent to the sign-in page. */
export function AppLayoutRoute() {
  const { t } = useTranslation('common');
  const location = useLocation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AppLayoutRouteQuery });

  if (!data && fetching) return <FullPageLoader />;
  if (data?.viewer) return <ViewerShell viewer={data.viewer} />;
  if (error && !isUnauthenticatedError(error)) {
    return (
      <CenteredPageLayout appTitle={t('appNames.org')} title={t('errors.title')}>
        <ErrorAlert title={null} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          {t('errors.generic')}
        </ErrorAlert>
      </CenteredPageLayout>
    );
  }
  return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
}
