import { SimpleGrid, Stack, Title } from '@mantine/core';
import { EmptyState } from '@mobilis/ui/empty-state';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { MobilityCard } from './mobility-card';

export const MobilityListFragment = graphql(`
  fragment MobilityList_viewer on Viewer {
    mobilities {
      id
      ...MobilityCard_mobility
    }
  }
`);

/** The viewer's own mobilities, newest first (as the API orders them), one card each. */
export function MobilityList(props: { viewer: FragmentType<typeof MobilityListFragment> }) {
  const { mobilities } = getFragmentData(MobilityListFragment, props.viewer);
  const { t } = useTranslation('participant');
  return (
    <Stack gap="sm" component="section" aria-labelledby="my-mobilities-title">
      <Title order={2} size="h3" id="my-mobilities-title">
        {t('mobilities.list.title')}
      </Title>
      {mobilities.length === 0 ? (
        <EmptyState title={t('mobilities.list.empty')} description={t('mobilities.list.emptyDescription')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {mobilities.map((mobility) => (
            <MobilityCard key={mobility.id} mobility={mobility} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
