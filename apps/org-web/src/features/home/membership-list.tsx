import { Badge, Card, DataList, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { EmptyState } from '@mobilis/ui/empty-state';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';

export const MembershipListFragment = graphql(`
  fragment MembershipList_viewer on Viewer {
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

export interface MembershipListProps {
  viewer: FragmentType<typeof MembershipListFragment>;
  currentOrganisationId: string;
}

/** The organisations the viewer belongs to, with country and role. */
export function MembershipList({ viewer: viewerRef, currentOrganisationId }: MembershipListProps) {
  const viewer = getFragmentData(MembershipListFragment, viewerRef);
  const { t } = useTranslation('org');
  const format = useFormatters();
  return (
    <Stack gap="sm" component="section" aria-labelledby="memberships-title">
      <Title order={2} size="h3" id="memberships-title">
        {t('home.membershipsTitle')}
      </Title>
      {viewer.memberships.length === 0 ? (
        <EmptyState title={t('home.noMemberships')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {viewer.memberships.map(({ organisation, role }) => (
            <Card key={`${organisation.id}:${role}`} withBorder component="article">
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
                  <DataList.Item>
                    <DataList.ItemLabel>{t('home.role')}</DataList.ItemLabel>
                    <DataList.ItemValue>{t(`roles.${role}`)}</DataList.ItemValue>
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
