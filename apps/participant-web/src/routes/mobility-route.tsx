import { Anchor, Group, Stack, Title } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { AgreementHistory } from '../features/learning-agreement/agreement-history';
import { CurrentProgramme } from '../features/learning-agreement/current-programme';
import { PendingProposal } from '../features/learning-agreement/pending-proposal';
import { MobilityContacts } from '../features/mobilities/mobility-contacts';
import { MobilityFacts } from '../features/mobilities/mobility-facts';
import { MobilityStatusBadge } from '../features/mobilities/mobility-status-badge';
import { useMobilityLabels } from '../features/mobilities/use-mobility-labels';
import { PreparationChecklist } from '../features/preparation/preparation-checklist';
import { AfterMobilitySection } from '../features/report/after-mobility-section';
import { graphql } from '../gql/gql';

const MobilityRouteQuery = graphql(`
  query MobilityRouteQuery($mobilityId: ID!) {
    mobility: node(id: $mobilityId) {
      id
      ... on Mobility {
        reference
        status
        hostOrganisation {
          id
          name
        }
        ...MobilityFacts_mobility
        ...MobilityContacts_mobility
        ...PendingProposal_mobility
        ...CurrentProgramme_mobility
        ...PreparationChecklist_mobility
        ...AfterMobility_mobility
        ...AgreementHistory_mobility
      }
    }
  }
`);

/**
 * One of the viewer's mobilities, phone first: what needs them now (a proposal to sign, the
 * report after the end), then where and when, who looks after them, the preparation checklist,
 * the learning programme and the agreement's history.
 */
export function MobilityRoute() {
  const { t } = useTranslation(['participant', 'common']);
  const labels = useMobilityLabels();
  const { mobilityId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MobilityRouteQuery,
    variables: { mobilityId },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const back = (
    <Anchor component={Link} to="/" size="sm">
      {t('participant:mobilities.detail.back')}
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
        <title>{t('participant:pageTitle.notFound')}</title>
        {back}
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {t('participant:mobilities.detail.notFoundTitle')}
        </Title>
        <ErrorAlert title={null}>{t('participant:mobilities.detail.notFound')}</ErrorAlert>
      </Stack>
    );
  }
  const title = labels.title(mobility.reference, mobility.hostOrganisation?.name);

  return (
    <Stack gap="xl">
      <title>{t('participant:pageTitle.mobility', { title })}</title>
      <Stack gap="xs">
        {back}
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
            {title}
          </Title>
          <MobilityStatusBadge status={mobility.status} size="lg" />
        </Group>
      </Stack>
      <PendingProposal mobility={mobility} onReload={reload} />
      <AfterMobilitySection mobility={mobility} onReload={reload} />
      <MobilityFacts mobility={mobility} />
      <MobilityContacts mobility={mobility} />
      <PreparationChecklist mobility={mobility} onReload={reload} />
      <CurrentProgramme mobility={mobility} />
      <AgreementHistory mobility={mobility} />
    </Stack>
  );
}
