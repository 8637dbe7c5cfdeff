import { Anchor, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { LearningAgreementSection } from '../features/learning-agreement/learning-agreement-section';
import { MobilityActions } from '../features/mobilities/mobility-actions';
import { MobilityEmailDeliveries } from '../features/mobilities/mobility-email-deliveries';
import { MobilityFacts } from '../features/mobilities/mobility-facts';
import { MobilityGrantSection } from '../features/mobilities/mobility-grant-section';
import { MobilityHostDecision } from '../features/mobilities/mobility-host-decision';
import { MobilityPreparationReport } from '../features/mobilities/mobility-preparation-report';
import { MobilityStatusBadge } from '../features/mobilities/mobility-status-badge';
import { MobilityTimeline } from '../features/mobilities/mobility-timeline';
import { useShellContext } from '../features/shell/shell-context';
import { graphql } from '../gql/gql';

const MobilityDetailRouteQuery = graphql(`
  query MobilityDetailRouteQuery($mobilityId: ID!, $organisationId: ID!) {
    mobility: node(id: $mobilityId) {
      id
      ... on Mobility {
        reference
        status
        participant {
          id
          displayName
        }
        ...MobilityFacts_mobility
        ...MobilityGrantSection_mobility
        ...MobilityHostDecision_mobility
        ...LearningAgreementSection_mobility
        ...MobilityPreparationReport_mobility
        ...MobilityEmailDeliveries_mobility
        ...MobilityTimeline_mobility
        ...MobilityActions_mobility
      }
    }
    organisation: node(id: $organisationId) {
      id
      ... on Organisation {
        ...MobilityActions_organisation
      }
    }
  }
`);

/**
 * One mobility: its facts, what the host decided and confirmed, the learning agreement, the
 * participant's preparation and report, its grant explained line by line, the e-mails about it,
 * its history and what can be done now.
 */
export function MobilityDetailRoute() {
  const { t } = useTranslation(['org', 'common']);
  const { mobilityId = '' } = useParams();
  const { organisationId } = useShellContext();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MobilityDetailRouteQuery,
    variables: { mobilityId, organisationId },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const back = (
    <Anchor component={Link} to="/mobilities" size="sm">
      {t('org:mobilities.detail.back')}
    </Anchor>
  );

  if (!data && fetching) return <FullPageLoader />;
  if (!data) {
    return error ? <ErrorAlert onRetry={reload}>{t('common:errors.generic')}</ErrorAlert> : null;
  }
  const mobility = data.mobility?.__typename === 'Mobility' ? data.mobility : null;
  if (!mobility) {
    return (
      <Stack gap="md" align="flex-start">
        {back}
        <ErrorAlert title={null}>{t('org:mobilities.detail.notFound')}</ErrorAlert>
      </Stack>
    );
  }
  const organisation = data.organisation?.__typename === 'Organisation' ? data.organisation : null;

  return (
    <Stack gap="xl">
      <title>{t('org:mobilities.pageTitle.detail', { reference: mobility.reference })}</title>
      <Stack gap="xs">
        {back}
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
            {t('org:mobilities.detail.title', {
              reference: mobility.reference,
              participant: mobility.participant.displayName,
            })}
          </Title>
          <MobilityStatusBadge status={mobility.status} size="lg" />
        </Group>
      </Stack>
      <MobilityActions mobility={mobility} organisation={organisation} onReload={reload} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <MobilityFacts mobility={mobility} />
        <MobilityTimeline mobility={mobility} />
      </SimpleGrid>
      <MobilityHostDecision mobility={mobility} />
      <LearningAgreementSection mobility={mobility} onReload={reload} />
      <MobilityPreparationReport mobility={mobility} />
      <MobilityGrantSection mobility={mobility} />
      <MobilityEmailDeliveries mobility={mobility} />
    </Stack>
  );
}
