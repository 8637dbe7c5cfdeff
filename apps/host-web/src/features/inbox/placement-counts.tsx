import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';

export const PlacementCountsFragment = graphql(`
  fragment PlacementCounts_organisation on Organisation {
    placementCounts {
      toDecide
      upcoming
      ongoing
      toConfirm
    }
  }
`);

const COUNTS = ['toDecide', 'upcoming', 'ongoing', 'toConfirm'] as const;

/** The inbox at a glance: four numbers as cards (two per row on phones). */
export function PlacementCounts(props: { organisation: FragmentType<typeof PlacementCountsFragment> }) {
  const { placementCounts } = getFragmentData(PlacementCountsFragment, props.organisation);
  const { t } = useTranslation('host');
  const format = useFormatters();
  if (!placementCounts) return null;
  return (
    <SimpleGrid
      component="ul"
      aria-label={t('inbox.counts.label')}
      cols={{ base: 2, sm: 4 }}
      spacing="sm"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {COUNTS.map((key) => (
        <Paper component="li" key={key} withBorder p="md">
          <Text fz={28} fw={700} lh={1.2}>
            {format.number(placementCounts[key])}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`inbox.counts.${key}`)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
