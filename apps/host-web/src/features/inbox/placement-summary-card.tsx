import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { PlacementStatusBadge } from '../placements/placement-status-badge';
import { usePlacementLabels } from '../placements/use-placement-labels';

export const PlacementSummaryFragment = graphql(`
  fragment PlacementSummary_mobility on Mobility {
    id
    status
    activityType
    plannedStartDate
    plannedEndDate
    participant {
      displayName
      category
    }
    sendingOrganisation {
      name
      city
      country
    }
    learningAgreement {
      proposal {
        awaiting
      }
    }
  }
`);

export function placementPath(mobilityId: string): string {
  return `/placements/${encodeURIComponent(mobilityId)}`;
}

export interface PlacementSummaryCardProps {
  mobility: FragmentType<typeof PlacementSummaryFragment>;
  /** The planned end has passed and the departure is not confirmed yet. */
  departureDue?: boolean;
  /** Shown where one section holds several statuses. */
  showStatus?: boolean;
}

/**
 * One placement in the inbox: who, staff or learner, what, when, from whom; the name opens it.
 * Marked when its learning agreement awaits the host's signature.
 */
export function PlacementSummaryCard({
  departureDue = false,
  showStatus = false,
  ...props
}: PlacementSummaryCardProps) {
  const mobility = getFragmentData(PlacementSummaryFragment, props.mobility);
  const { t } = useTranslation('host');
  const labels = usePlacementLabels();
  const format = useFormatters();
  const sender = mobility.sendingOrganisation;
  return (
    <Card withBorder component="article" padding="md">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Title order={3} size="h4">
            <Anchor component={Link} to={placementPath(mobility.id)} inherit>
              {mobility.participant.displayName}
            </Anchor>
          </Title>
          <Group gap={6} wrap="wrap">
            <Badge variant="outline" color="gray">
              {labels.category(mobility.participant.category)}
            </Badge>
            {showStatus ? <PlacementStatusBadge status={mobility.status} /> : null}
            {mobility.learningAgreement.proposal?.awaiting === 'HOST' ? (
              <Badge variant="filled" color="blue">
                {t('inbox.agreementToSign')}
              </Badge>
            ) : null}
            {departureDue ? (
              <Badge variant="filled" color="orange">
                {t('inbox.departureDue')}
              </Badge>
            ) : null}
          </Group>
        </Group>
        <Text size="sm">{labels.activity(mobility.activityType)}</Text>
        <Text size="sm">{labels.period(mobility.plannedStartDate, mobility.plannedEndDate)}</Text>
        <Text size="sm" c="dimmed">
          {t('placements.organisationPlace', {
            name: sender.name,
            city: sender.city,
            country: format.country(sender.country),
          })}
        </Text>
      </Stack>
    </Card>
  );
}
