import { DataList, Stack, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { usePlacementLabels } from './use-placement-labels';

export const PlacementFactsFragment = graphql(`
  fragment PlacementFacts_mobility on Mobility {
    reference
    activityType
    plannedStartDate
    plannedEndDate
    actualStartDate
    actualEndDate
    participant {
      displayName
      category
    }
    sendingOrganisation {
      name
      city
      country
    }
  }
`);

/** What the host needs to decide: who comes, from where, for what, and when. */
export function PlacementFacts(props: { mobility: FragmentType<typeof PlacementFactsFragment> }) {
  const mobility = getFragmentData(PlacementFactsFragment, props.mobility);
  const { t } = useTranslation('host');
  const labels = usePlacementLabels();
  const format = useFormatters();
  const sender = mobility.sendingOrganisation;
  const items: [label: string, value: string | null][] = [
    [t('placements.facts.participant'), mobility.participant.displayName],
    [t('placements.facts.role'), labels.category(mobility.participant.category)],
    [t('placements.facts.activity'), labels.activity(mobility.activityType)],
    [t('placements.facts.plannedDates'), labels.period(mobility.plannedStartDate, mobility.plannedEndDate)],
    [
      t('placements.facts.actualStartDate'),
      mobility.actualStartDate ? format.date(mobility.actualStartDate) : null,
    ],
    [
      t('placements.facts.actualEndDate'),
      mobility.actualEndDate ? format.date(mobility.actualEndDate) : null,
    ],
    [
      t('placements.facts.sendingOrganisation'),
      t('placements.organisationPlace', {
        name: sender.name,
        city: sender.city,
        country: format.country(sender.country),
      }),
    ],
    [t('placements.facts.reference'), mobility.reference],
  ];
  return (
    <Stack gap="sm" component="section" aria-labelledby="facts-title">
      <Title order={2} size="h3" id="facts-title">
        {t('placements.facts.title')}
      </Title>
      <DataList labelWidth="9rem" gap="xs">
        {items.map(([label, value]) =>
          value === null ? null : (
            <DataList.Item key={label}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue>{value}</DataList.ItemValue>
            </DataList.Item>
          ),
        )}
      </DataList>
    </Stack>
  );
}
