import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '@mobilis/ui/empty-state';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { MobilityListFilters } from '../features/mobilities/mobility-list-filters';
import {
  hasActiveFilters,
  listVariables,
  type MobilityListParams,
  NO_FILTERS,
  readListParams,
  writeListParams,
} from '../features/mobilities/mobility-list-params';
import { MobilityListTable } from '../features/mobilities/mobility-list-table';
import { useLoadMore } from '../features/mobilities/use-load-more';
import { useShellContext } from '../features/shell/shell-context';
import { graphql } from '../gql/gql';

const MobilityListRouteQuery = graphql(`
  query MobilityListRouteQuery(
    $organisationId: ID!
    $first: Int!
    $after: String
    $filter: MobilityFilter
    $sortBy: MobilitySortField
    $sortDirection: SortDirection
  ) {
    node(id: $organisationId) {
      id
      ... on Organisation {
        ...MobilityListFilters_organisation
        mobilities(first: $first, after: $after, filter: $filter, sortBy: $sortBy, sortDirection: $sortDirection) {
          edges {
            cursor
            node {
              id
              ...MobilityListTable_mobility
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

const PAGE_SIZE = 25;

/** The organisation's mobilities: filters kept in the URL, keyset pages added with "Load more". */
export function MobilityListRoute() {
  const { t } = useTranslation(['org', 'common']);
  const navigate = useNavigate();
  const { organisationId } = useShellContext();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readListParams(searchParams), [searchParams]);
  const variables = useMemo(
    () => ({ organisationId, first: PAGE_SIZE, after: null, ...listVariables(params) }),
    [organisationId, params],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MobilityListRouteQuery, variables });
  const organisation = data?.node?.__typename === 'Organisation' ? data.node : null;
  const more = useLoadMore(MobilityListRouteQuery, variables, organisation?.mobilities ?? null, (result) =>
    result.node?.__typename === 'Organisation' ? result.node.mobilities : null,
  );

  const changeParams = (patch: Partial<MobilityListParams>) =>
    setSearchParams((previous) => writeListParams({ ...readListParams(previous), ...patch }), {
      replace: true,
    });
  const newMobility = (
    <Button onClick={() => navigate('/mobilities/new')}>{t('org:mobilities.list.newMobility')}</Button>
  );

  if (!data && fetching) return <FullPageLoader />;
  if (!data) {
    return error ? (
      <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {t('common:errors.generic')}
      </ErrorAlert>
    ) : null;
  }
  const filtered = hasActiveFilters(params);
  const nothingYet = more.edges.length === 0 && !filtered && !fetching && Boolean(organisation?.mobilities);

  return (
    <Stack gap="lg">
      <title>{t('org:mobilities.pageTitle.list')}</title>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
            {t('org:mobilities.list.title')}
          </Title>
          <Text c="dimmed">{t('org:mobilities.list.intro')}</Text>
        </Stack>
        {nothingYet ? null : newMobility}
      </Group>
      {!organisation?.mobilities ? (
        <ErrorAlert title={null}>{t('org:mobilities.list.unavailable')}</ErrorAlert>
      ) : (
        <>
          <MobilityListFilters organisation={organisation} params={params} onChange={changeParams} />
          {more.edges.length > 0 ? (
            <MobilityListTable mobilities={more.edges.map((edge) => edge.node)} busy={fetching} />
          ) : fetching ? (
            <FullPageLoader />
          ) : filtered ? (
            <EmptyState
              titleOrder={2}
              title={t('org:mobilities.list.emptyFiltered')}
              description={t('org:mobilities.list.emptyFilteredDescription')}
            >
              <Button variant="default" onClick={() => changeParams(NO_FILTERS)}>
                {t('org:mobilities.filters.clear')}
              </Button>
            </EmptyState>
          ) : (
            <EmptyState
              titleOrder={2}
              title={t('org:mobilities.list.emptyNone')}
              description={t('org:mobilities.list.emptyNoneDescription')}
            >
              {newMobility}
            </EmptyState>
          )}
          {more.failed ? (
            <ErrorAlert title={null} onRetry={more.loadMore}>
              {t('org:mobilities.list.loadMoreFailed')}
            </ErrorAlert>
          ) : null}
          {more.hasNextPage && !more.failed ? (
            <Group justify="center">
              <Button variant="default" loading={more.loading} onClick={more.loadMore}>
                {t('org:mobilities.list.loadMore')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}
