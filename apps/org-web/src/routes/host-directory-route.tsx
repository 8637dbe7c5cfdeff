import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '@mobilis/ui/empty-state';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AddHostForm } from '../features/hosts/add-host-form';
import { HostCard } from '../features/hosts/host-card';
import { useShellContext } from '../features/shell/shell-context';
import { graphql } from '../gql/gql';

const HostDirectoryRouteQuery = graphql(`
  query HostDirectoryRouteQuery($organisationId: ID!) {
    node(id: $organisationId) {
      id
      ... on Organisation {
        hostDirectory {
          organisation {
            id
          }
          ...HostCard_partner
        }
      }
    }
  }
`);

/** The host institutions the organisation works with, their contact persons, and adding either. */
export function HostDirectoryRoute() {
  const { t } = useTranslation(['org', 'common']);
  const { organisationId } = useShellContext();
  const [adding, setAdding] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HostDirectoryRouteQuery,
    variables: { organisationId },
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const directory = data?.node?.__typename === 'Organisation' ? data.node.hostDirectory : null;
  return (
    <Stack gap="lg">
      <title>{t('org:hosts.pageTitle')}</title>
      <Stack gap="xs">
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {t('org:hosts.title')}
        </Title>
        <Text c="dimmed">{t('org:hosts.intro')}</Text>
      </Stack>
      <Group>
        <Button
          variant={adding ? 'filled' : 'light'}
          aria-expanded={adding}
          aria-controls="add-host-panel"
          onClick={() => setAdding((open) => !open)}
        >
          {t('org:hosts.addHost')}
        </Button>
      </Group>
      {adding ? (
        <Paper withBorder p="md" id="add-host-panel" component="section" aria-labelledby="add-host-title">
          <Stack gap="sm">
            <Title order={2} id="add-host-title">
              {t('org:hosts.form.title')}
            </Title>
            <AddHostForm key={organisationId} organisationId={organisationId} onAdded={refresh} />
          </Stack>
        </Paper>
      ) : null}
      {!data && fetching ? (
        <FullPageLoader />
      ) : directory ? (
        directory.length === 0 ? (
          <EmptyState
            title={t('org:hosts.empty')}
            titleOrder={2}
            description={t('org:hosts.emptyDescription')}
          />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {directory.map((partner) => (
              <HostCard
                key={partner.organisation.id}
                partner={partner}
                sendingOrganisationId={organisationId}
                onChanged={refresh}
              />
            ))}
          </SimpleGrid>
        )
      ) : error ? (
        <ErrorAlert onRetry={refresh}>{t('common:errors.generic')}</ErrorAlert>
      ) : null}
    </Stack>
  );
}
