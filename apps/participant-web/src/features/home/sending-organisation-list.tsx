import { Badge, Card, DataList, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { EmptyState } from '@mobilis/ui/empty-state';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';

export const SendingOrganisationListFragment = graphql(`
  fragment SendingOrganisationList_viewer on Viewer {
    participants {
      id
      category
      organisation {
        id
        name
        city
        country
      }
    }
  }
`);

export interface SendingOrganisationListProps {
  viewer: FragmentType<typeof SendingOrganisationListFragment>;
  currentOrganisationId: string;
}

/** The organisations sending the viewer abroad, one per participant record. */
export function SendingOrganisationList({
  viewer: viewerRef,
  currentOrganisationId,
}: SendingOrganisationListProps) {
  const viewer = getFragmentData(SendingOrganisationListFragment, viewerRef);
  const { t } = useTranslation('participant');
  const format = useFormatters();
  return (
    <Stack gap="sm" component="section" aria-labelledby="sending-organisations-title">
      <Title order={2} size="h3" id="sending-organisations-title">
        {t('home.sendingOrganisationsTitle')}
      </Title>
      {viewer.participants.length === 0 ? (
        <EmptyState title={t('home.noSendingOrganisations')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {viewer.participants.map(({ id, category, organisation }) => (
            <Card key={id} withBorder component="article">
              <Stack gap={4}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Title order={3} size="h4">
                    {organisation.name}
                  </Title>
                  {organisation.id === currentOrganisationId ? (
                    <Badge variant="light" style={{ flexShrink: 0 }}>
                      {t('home.current')}
                    </Badge>
                  ) : null}
                </Group>
                <DataList size="sm" labelWidth="8rem" gap={4}>
                  <DataList.Item>
                    <DataList.ItemLabel>{t('home.city')}</DataList.ItemLabel>
                    <DataList.ItemValue>{organisation.city}</DataList.ItemValue>
                  </DataList.Item>
                  <DataList.Item>
                    <DataList.ItemLabel>{t('home.country')}</DataList.ItemLabel>
                    <DataList.ItemValue>{format.country(organisation.country)}</DataList.ItemValue>
                  </DataList.Item>
                  <DataList.Item>
                    <DataList.ItemLabel>{t('home.category')}</DataList.ItemLabel>
                    <DataList.ItemValue>{t(`categories.${category}`)}</DataList.ItemValue>
                  </DataList.Item>
                </DataList>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
