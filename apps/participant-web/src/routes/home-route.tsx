import { Stack } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { SendingOrganisationList } from '../features/home/sending-organisation-list';
import { WelcomeHeading } from '../features/home/welcome-heading';
import { MobilityList } from '../features/mobilities/mobility-list';
import { useShellContext } from '../features/shell/shell-context';
import { graphql } from '../gql/gql';

const HomeRouteQuery = graphql(`
  query HomeRouteQuery {
    viewer {
      ...WelcomeHeading_viewer
      ...MobilityList_viewer
      ...SendingOrganisationList_viewer
    }
  }
`);

/** The start page, "My mobilities": the viewer's stays abroad and the organisations sending them. */
export function HomeRoute() {
  const { t } = useTranslation(['participant', 'common']);
  const { organisationId } = useShellContext();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: HomeRouteQuery });

  if (!data && fetching) return <FullPageLoader />;
  if (!data?.viewer) {
    // A missing viewer means the session ended meanwhile; the layout sends the visitor to sign in.
    return error ? (
      <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {t('common:errors.generic')}
      </ErrorAlert>
    ) : null;
  }
  return (
    <Stack gap="xl">
      <title>{t('participant:pageTitle.home')}</title>
      <WelcomeHeading viewer={data.viewer} />
      <MobilityList viewer={data.viewer} />
      <SendingOrganisationList viewer={data.viewer} currentOrganisationId={organisationId} />
    </Stack>
  );
}
