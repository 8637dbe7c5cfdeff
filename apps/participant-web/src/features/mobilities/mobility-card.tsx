import { Anchor, Card, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { MobilityStatusBadge } from './mobility-status-badge';
import { useMobilityLabels } from './use-mobility-labels';

export const MobilityCardFragment = graphql(`
  fragment MobilityCard_mobility on Mobility {
    id
    reference
    status
    activityType
    plannedStartDate
    plannedEndDate
    actualStartDate
    actualEndDate
    sendingOrganisation {
      id
      name
    }
    hostOrganisation {
      id
      name
      city
      country
    }
  }
`);

/** One of the viewer's mobilities: where, when, how far along; its title leads to its page. */
export function MobilityCard(props: { mobility: FragmentType<typeof MobilityCardFragment> }) {
  const mobility = getFragmentData(MobilityCardFragment, props.mobility);
  const { t } = useTranslation('participant');
  const format = useFormatters();
  const labels = useMobilityLabels();
  const host = mobility.hostOrganisation;
  return (
    <Card withBorder component="article">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" align="flex-start" gap="xs">
          <Title order={3} size="h4">
            <Anchor component={Link} to={`/mobilities/${encodeURIComponent(mobility.id)}`} inherit>
              {labels.title(mobility.reference, host?.name)}
            </Anchor>
          </Title>
          <MobilityStatusBadge status={mobility.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {labels.activity(mobility.activityType)}
        </Text>
        {/* The title names the host; without one, say so. */}
        {host ? null : <Text size="sm">{t('mobilities.noHost')}</Text>}
        <DataList size="sm" labelWidth="7rem" gap={4}>
          {host ? (
            <DataList.Item>
              <DataList.ItemLabel>{t('mobilities.list.place')}</DataList.ItemLabel>
              <DataList.ItemValue>{`${host.city}, ${format.country(host.country)}`}</DataList.ItemValue>
            </DataList.Item>
          ) : null}
          <DataList.Item>
            <DataList.ItemLabel>{t('mobilities.list.dates')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {labels.period(
                mobility.actualStartDate ?? mobility.plannedStartDate,
                mobility.actualEndDate ?? mobility.plannedEndDate,
              )}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('mobilities.list.sentBy')}</DataList.ItemLabel>
            <DataList.ItemValue>{mobility.sendingOrganisation.name}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Stack>
    </Card>
  );
}
