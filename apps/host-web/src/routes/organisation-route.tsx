import { Stack, Title } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { OrganisationProfile } from '../features/organisation/organisation-profile';
import { useShellContext } from '../features/shell/shell-context';
import { graphql } from '../gql/gql';

const OrganisationRouteQuery = graphql(`
  query OrganisationRouteQuery($organisationId: ID!) {
    organisation: node(id: $organisationId) {
      id
      ... on Organisation {
        ...OrganisationProfile_organisation
      }
    }
  }
`);

/** The current host institution's profile. */
export function OrganisationRoute() {
  const { t } = useTranslation(['host', 'common']);
  const { organisationId } = useShellContext();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrganisationRouteQuery,
    variables: { organisationId },
  });
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  if (!data && fetching) return <FullPageLoader />;
  const organisation = data?.organisation?.__typename === 'Organisation' ? data.organisation : null;
  return (
    <Stack gap="lg">
      <title>{t('host:pageTitle.organisation')}</title>
      <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
        {t('host:organisation.title')}
      </Title>
      {organisation ? (
        <OrganisationProfile organisation={organisation} />
      ) : error ? (
        <ErrorAlert onRetry={retry}>{t('common:errors.generic')}</ErrorAlert>
      ) : data ? (
        <ErrorAlert title={null}>{t('host:organisation.notFound')}</ErrorAlert>
      ) : null}
    </Stack>
  );
}
