import { Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PreparationChecklistEditor } from '../features/preparation/preparation-checklist-editor';
import { useShellContext } from '../features/shell/shell-context';
import { graphql } from '../gql/gql';

const PreparationChecklistRouteQuery = graphql(`
  query PreparationChecklistRouteQuery($organisationId: ID!) {
    node(id: $organisationId) {
      id
      ... on Organisation {
        ...PreparationChecklistEditor_organisation
      }
    }
  }
`);

/** The preparation checklist the organisation's participants tick before departure. */
export function PreparationChecklistRoute() {
  const { t } = useTranslation(['org', 'common']);
  const { organisationId } = useShellContext();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PreparationChecklistRouteQuery,
    variables: { organisationId },
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const organisation = data?.node?.__typename === 'Organisation' ? data.node : null;
  return (
    <Stack gap="lg">
      <title>{t('org:preparation.pageTitle')}</title>
      <Stack gap="xs">
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {t('org:preparation.title')}
        </Title>
        <Text c="dimmed">{t('org:preparation.intro')}</Text>
      </Stack>
      {!data && fetching ? (
        <FullPageLoader />
      ) : organisation ? (
        <PreparationChecklistEditor key={organisation.id} organisation={organisation} onSaved={refresh} />
      ) : error ? (
        <ErrorAlert onRetry={refresh}>{t('common:errors.generic')}</ErrorAlert>
      ) : null}
    </Stack>
  );
}
