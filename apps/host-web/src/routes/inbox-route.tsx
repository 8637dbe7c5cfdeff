import { Grid, Stack } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { WelcomeHeading } from '../features/home/welcome-heading';
import { PlacementCalendar } from '../features/inbox/placement-calendar';
import { PlacementCounts } from '../features/inbox/placement-counts';
import { PlacementSections } from '../features/inbox/placement-sections';
import { useShellContext } from '../features/shell/shell-context';
import { graphql } from '../gql/gql';

const InboxRouteQuery = graphql(`
  query InboxRouteQuery($organisationId: ID!) {
    viewer {
      ...WelcomeHeading_viewer
    }
    organisation: node(id: $organisationId) {
      id
      ... on Organisation {
        ...PlacementCounts_organisation
        ...PlacementSections_organisation
        ...PlacementCalendar_organisation
      }
    }
  }
`);

/** The start page: the current host institution's placements, by what is to be done. */
export function InboxRoute() {
  const { t } = useTranslation(['host', 'common']);
  const { organisationId } = useShellContext();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: InboxRouteQuery,
    variables: { organisationId },
  });
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  if (!data && fetching) return <FullPageLoader />;
  if (!data?.viewer) {
    // A missing viewer means the session ended meanwhile; the layout sends the visitor to sign in.
    return error ? <ErrorAlert onRetry={retry}>{t('common:errors.generic')}</ErrorAlert> : null;
  }
  const organisation = data.organisation?.__typename === 'Organisation' ? data.organisation : null;
  return (
    <Stack gap="xl">
      <title>{t('host:pageTitle.home')}</title>
      <WelcomeHeading viewer={data.viewer} />
      {organisation ? (
        <>
          <PlacementCounts organisation={organisation} />
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <PlacementSections organisation={organisation} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <PlacementCalendar organisation={organisation} />
            </Grid.Col>
          </Grid>
        </>
      ) : (
        <ErrorAlert title={null} onRetry={retry}>
          {t('host:inbox.unavailable')}
        </ErrorAlert>
      )}
    </Stack>
  );
}
