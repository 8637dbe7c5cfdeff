import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { LearningAgreementSection } from '../features/learning-agreement/learning-agreement-section';
import { OutcomesSection } from '../features/placements/outcomes-section';
import { PlacementActions } from '../features/placements/placement-actions';
import { PlacementFacts } from '../features/placements/placement-facts';
import { PlacementRecords } from '../features/placements/placement-records';
import { PlacementStatusBadge } from '../features/placements/placement-status-badge';
import { graphql } from '../gql/gql';

const PlacementDetailRouteQuery = graphql(`
  query PlacementDetailRouteQuery($mobilityId: ID!) {
    placement: node(id: $mobilityId) {
      id
      ... on Mobility {
        status
        participant {
          displayName
        }
        ...PlacementFacts_mobility
        ...PlacementRecords_mobility
        ...PlacementActions_mobility
        ...OutcomesSection_mobility
        ...LearningAgreementSection_mobility
      }
    }
  }
`);

/** One placement: what the host needs to decide, what was recorded, and the steps allowed now. */
export function PlacementDetailRoute() {
  const { t } = useTranslation(['host', 'common']);
  const { mobilityId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PlacementDetailRouteQuery,
    variables: { mobilityId },
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const back = (
    <Anchor component={Link} to="/" size="sm">
      {t('host:placements.detail.back')}
    </Anchor>
  );

  if (!data && fetching) return <FullPageLoader />;
  if (!data) {
    return error ? <ErrorAlert onRetry={reload}>{t('common:errors.generic')}</ErrorAlert> : null;
  }
  const placement = data.placement?.__typename === 'Mobility' ? data.placement : null;
  if (!placement) {
    return (
      <Stack gap="md" align="flex-start">
        <title>{t('host:pageTitle.placementNotFound')}</title>
        {back}
        <ErrorAlert title={null}>{t('host:placements.detail.notFound')}</ErrorAlert>
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <title>{t('host:pageTitle.placement', { participant: placement.participant.displayName })}</title>
      <Stack gap="xs" align="flex-start">
        {back}
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
            {placement.participant.displayName}
          </Title>
          <PlacementStatusBadge status={placement.status} size="lg" />
        </Group>
        <Text c="dimmed">{t(`host:placements.next.${placement.status}`)}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <PlacementFacts mobility={placement} />
        <PlacementRecords mobility={placement} />
      </SimpleGrid>
      <PlacementActions mobility={placement} onReload={reload} />
      <LearningAgreementSection mobility={placement} onReload={reload} />
      <OutcomesSection mobility={placement} onReload={reload} />
    </Stack>
  );
}
