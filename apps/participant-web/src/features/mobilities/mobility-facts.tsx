import { DataList, Stack, Title, useMatches } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { useMobilityLabels } from './use-mobility-labels';

export const MobilityFactsFragment = graphql(`
  fragment MobilityFacts_mobility on Mobility {
    activityType
    plannedStartDate
    plannedEndDate
    actualStartDate
    actualEndDate
    sendingOrganisation {
      id
      name
      city
      country
    }
    hostOrganisation {
      id
      name
      address
      city
      country
    }
  }
`);

/** Where and when: the activity, the dates (planned, and as the host confirmed them), both organisations. */
export function MobilityFacts(props: { mobility: FragmentType<typeof MobilityFactsFragment> }) {
  const mobility = getFragmentData(MobilityFactsFragment, props.mobility);
  const { t } = useTranslation('participant');
  const format = useFormatters();
  const labels = useMobilityLabels();
  // Labels such as "Aufnahmeeinrichtung" do not fit beside their values on a phone.
  const orientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });
  const host = mobility.hostOrganisation;
  const sending = mobility.sendingOrganisation;
  const actual =
    mobility.actualStartDate && mobility.actualEndDate
      ? labels.period(mobility.actualStartDate, mobility.actualEndDate)
      : mobility.actualStartDate
        ? t('mobilities.detail.arrivedOn', { date: format.date(mobility.actualStartDate) })
        : null;
  const rows: [string, string][] = [
    [t('mobilities.detail.activity'), labels.activity(mobility.activityType)],
    [t('mobilities.detail.plannedDates'), labels.period(mobility.plannedStartDate, mobility.plannedEndDate)],
    ...(actual ? ([[t('mobilities.detail.actualDates'), actual]] as [string, string][]) : []),
    [t('mobilities.detail.host'), host?.name ?? t('mobilities.noHost')],
    ...(host
      ? ([
          [
            t('mobilities.detail.address'),
            [host.address, host.city, format.country(host.country)].filter(Boolean).join(', '),
          ],
        ] as [string, string][])
      : []),
    [t('mobilities.detail.sending'), `${sending.name}, ${sending.city} (${format.country(sending.country)})`],
  ];
  return (
    <Stack gap="sm" component="section" aria-labelledby="facts-title">
      <Title order={2} size="h3" id="facts-title">
        {t('mobilities.detail.factsTitle')}
      </Title>
      <DataList size="sm" labelWidth="12rem" gap="xs" orientation={orientation}>
        {rows.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Stack>
  );
}
