import { Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MobilityStatusSummary } from '../features/dashboard/mobility-status-summary';
import { ProjectBudgetOverview } from '../features/dashboard/project-budget-overview';
import { MembershipList } from '../features/home/membership-list';
import { WelcomeHeading } from '../features/home/welcome-heading';
import { useShellContext } from '../features/shell/shell-context';
import { graphql } from '../gql/gql';

const HomeRouteQuery = graphql(`
  query HomeRouteQuery($organisationId: ID!) {
    viewer {
      ...WelcomeHeading_viewer
      ...MembershipList_viewer
    }
    node(id: $organisationId) {
      id
      ... on Organisation {
        ...MobilityStatusSummary_organisation
        ...ProjectBudgetOverview_organisation
      }
    }
  }
`);

/**
 * The start page: a welcome, the dashboard of the current organisation (mobilities by status,
 * budget per project) and, last, the viewer's memberships.
 */
export function HomeRoute() {
  const { t } = useTranslation(['org', 'common']);
  const { organisationId } = useShellContext();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HomeRouteQuery,
    variables: { organisationId },
  });

  if (!data && fetching) return <FullPageLoader />;
  if (!data?.viewer) {
    // A missing viewer means the session ended meanwhile; the layout sends the visitor to sign in.
    return error ? (
      <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {t('common:errors.generic')}
      </ErrorAlert>
    ) : null;
  }
  const organisation = data.node?.__typename === 'Organisation' ? data.node : null;
  return (
    <Stack gap="xl">
      <title>{t('org:pageTitle.home')}</title>
      <WelcomeHeading viewer={data.viewer} />
      {organisation ? (
        <>
          <MobilityStatusSummary organisation={organisation} />
          <ProjectBudgetOverview organisation={organisation} />
        </>
      ) : data.node === null ? (
        <Text c="dimmed">{t('org:dashboard.unavailable')}</Text>
      ) : null}
      <MembershipList viewer={data.viewer} currentOrganisationId={organisationId} />
    </Stack>
  );
}
