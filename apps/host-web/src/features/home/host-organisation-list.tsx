import { Badge, Card, DataList, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { EmptyState } from '@mobilis/ui/empty-state';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';

export const HostOrganisationListFragment = graphql(`
  fragment HostOrganisationList_viewer on Viewer {
    memberships {
      role
      organisation {
        id
        name
        city
        country
      }
    }
  }
`);

export interface HostOrganisationListProps {
  viewer: FragmentType<typeof HostOrganisationListFragment>;
  currentOrganisationId: string;
}

/** The host institutions the viewer is the contact person of. */
export function HostOrganisationList({
  viewer: viewerRef,
  currentOrganisationId,
}: HostOrganisationListProps) {
  const viewer = getFragmentData(HostOrganisationListFragment, viewerRef);
  const { t } = useTranslation('host');
  const format = useFormatters();
  const hostOrganisations = viewer.memberships
    .filter((membership) => membership.role === 'HOST_CONTACT')
    .map((membership) => membership.organisation);
  return (
    <Stack gap="sm" component="section" aria-labelledby="host-organisations-title">
      <Title order={2} size="h3" id="host-organisations-title">
        {t('home.hostOrganisationsTitle')}
      </Title>
      {hostOrganisations.length === 0 ? (
        <EmptyState title={t('home.noHostOrganisations')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {hostOrganisations.map((organisation) => (
            <Card key={organisation.id} withBorder component="article">
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
                <DataList size="sm" labelWidth="6rem" gap={4}>
                  <DataList.Item>
                    <DataList.ItemLabel>{t('home.city')}</DataList.ItemLabel>
                    <DataList.ItemValue>{organisation.city}</DataList.ItemValue>
                  </DataList.Item>
                  <DataList.Item>
                    <DataList.ItemLabel>{t('home.country')}</DataList.ItemLabel>
                    <DataList.ItemValue>{format.country(organisation.country)}</DataList.ItemValue>
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
