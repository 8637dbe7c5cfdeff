import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { EmptyState } from '@mobilis/ui/empty-state';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { AddParticipantForm } from '../features/participants/add-participant-form';
import { ImportParticipantsForm } from '../features/participants/import-participants-form';
import { ParticipantTable } from '../features/participants/participant-table';
import { TogglePanel } from '../features/participants/toggle-panel';
import { useShellContext } from '../features/shell/shell-context';
import { graphql } from '../gql/gql';
import type { ParticipantListRouteQueryQuery } from '../gql/graphql';

const ParticipantListRouteQuery = graphql(`
  query ParticipantListRouteQuery($organisationId: ID!, $search: String, $after: String) {
    viewer {
      ...AddParticipantForm_viewer
    }
    node(id: $organisationId) {
      id
      ... on Organisation {
        participants(first: 25, after: $after, search: $search) {
          edges {
            cursor
            node {
              id
              ...ParticipantTable_participant
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);

type Page = NonNullable<
  Extract<ParticipantListRouteQueryQuery['node'], { __typename: 'Organisation' }>['participants']
>;

const pageOf = (data: ParticipantListRouteQueryQuery | undefined): Page | null =>
  data?.node?.__typename === 'Organisation' ? (data.node.participants ?? null) : null;

/** The organisation's participants: search, pages of 25 with "Load more", adding one, CSV import. */
export function ParticipantListRoute() {
  const { t } = useTranslation(['org', 'common']);
  const format = useFormatters();
  const client = useClient();
  const { organisationId } = useShellContext();
  const [searchInput, setSearchInput] = useState('');
  const [search] = useDebouncedValue(searchInput.trim(), 300);
  const [panel, setPanel] = useState<'add' | 'import' | null>(null);
  const variables = { organisationId, search: search || null, after: null };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ParticipantListRouteQuery, variables });
  // Pages after the first, for this organisation and search only.
  const listKey = `${organisationId}\n${search}`;
  const [more, setMore] = useState<{ key: string; pages: Page[] }>({ key: listKey, pages: [] });
  const morePages = more.key === listKey ? more.pages : [];
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);

  const firstPage = pageOf(data);
  const pages = firstPage ? [firstPage, ...morePages] : [];
  const lastPage = pages.at(-1);
  const participants = pages.flatMap((page) => page.edges.map((edge) => edge.node));

  const refresh = () => {
    setMore({ key: listKey, pages: [] });
    reexecute({ requestPolicy: 'network-only' });
  };
  const loadMore = async () => {
    const after = lastPage?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    setLoadMoreFailed(false);
    const result = await client
      .query(ParticipantListRouteQuery, { ...variables, after }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoadingMore(false);
    const page = pageOf(result.data);
    if (!page) return setLoadMoreFailed(true);
    setMore((previous) => ({
      key: listKey,
      pages: [...(previous.key === listKey ? previous.pages : []), page],
    }));
  };
  const toggle = (which: 'add' | 'import') => setPanel((open) => (open === which ? null : which));

  return (
    <Stack gap="lg">
      <title>{t('org:participants.pageTitle')}</title>
      <Stack gap="xs">
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {t('org:participants.title')}
        </Title>
        <Text c="dimmed">{t('org:participants.intro')}</Text>
      </Stack>
      <Group>
        <Button
          variant={panel === 'add' ? 'filled' : 'light'}
          aria-expanded={panel === 'add'}
          aria-controls="add-participant-panel"
          onClick={() => toggle('add')}
        >
          {t('org:participants.addParticipant')}
        </Button>
        <Button
          variant={panel === 'import' ? 'filled' : 'light'}
          aria-expanded={panel === 'import'}
          aria-controls="import-participants-panel"
          onClick={() => toggle('import')}
        >
          {t('org:participants.importFromCsv')}
        </Button>
      </Group>
      <TogglePanel
        id="add-participant-panel"
        titleId="add-participant-title"
        title={t('org:participants.form.title')}
        open={panel === 'add' && Boolean(data?.viewer)}
      >
        {data?.viewer ? (
          <AddParticipantForm
            key={organisationId}
            viewer={data.viewer}
            organisationId={organisationId}
            onAdded={refresh}
          />
        ) : null}
      </TogglePanel>
      <TogglePanel
        id="import-participants-panel"
        titleId="import-participants-title"
        title={t('org:participants.csv.title')}
        open={panel === 'import'}
      >
        <ImportParticipantsForm key={organisationId} organisationId={organisationId} onImported={refresh} />
      </TogglePanel>
      <TextInput
        type="search"
        label={t('org:participants.search')}
        description={t('org:participants.searchDescription')}
        placeholder={t('org:participants.searchPlaceholder')}
        value={searchInput}
        onChange={(event) => setSearchInput(event.currentTarget.value)}
        maw={420}
      />
      {!data && fetching ? (
        <FullPageLoader />
      ) : !firstPage ? (
        error ? (
          <ErrorAlert onRetry={refresh}>{t('common:errors.generic')}</ErrorAlert>
        ) : null
      ) : participants.length === 0 ? (
        search ? (
          <Text>{t('org:participants.noMatches', { search })}</Text>
        ) : (
          <EmptyState
            title={t('org:participants.empty')}
            titleOrder={2}
            description={t('org:participants.emptyDescription')}
          />
        )
      ) : (
        <Stack gap="sm">
          <ParticipantTable
            participants={participants}
            caption={search ? t('org:participants.captionSearch', { search }) : t('org:participants.caption')}
          />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" role="status">
              {loadingMore
                ? t('org:participants.loadingMore')
                : t('org:participants.shown', { shown: format.number(participants.length) })}
            </Text>
            {lastPage?.pageInfo.hasNextPage ? (
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                {t('org:participants.loadMore')}
              </Button>
            ) : null}
          </Group>
          {loadMoreFailed ? (
            <ErrorAlert onRetry={() => void loadMore()}>{t('common:errors.generic')}</ErrorAlert>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
