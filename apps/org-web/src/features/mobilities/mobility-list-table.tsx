import { Anchor, Table, Text } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { useActivityTypeLabel } from './activity-type-name';
import { MobilityStatusBadge } from './mobility-status-badge';

export const MobilityListTableFragment = graphql(`
  fragment MobilityListTable_mobility on Mobility {
    id
    reference
    status
    activityType
    participant {
      id
      displayName
    }
    hostOrganisation {
      id
      name
      country
    }
    plannedStartDate
    plannedEndDate
    grant {
      totalCents
    }
  }
`);

export interface MobilityListTableProps {
  mobilities: readonly FragmentType<typeof MobilityListTableFragment>[];
  /** While a new filter loads, the old rows stay visible but are marked busy. */
  busy?: boolean;
}

/** One row per mobility; the reference links to its page. */
export function MobilityListTable({ mobilities, busy = false }: MobilityListTableProps) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const activityLabel = useActivityTypeLabel();
  const rows = mobilities.map((fragment) => getFragmentData(MobilityListTableFragment, fragment));

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption>{t('mobilities.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('mobilities.list.reference')}</Table.Th>
            <Table.Th scope="col">{t('mobilities.list.status')}</Table.Th>
            <Table.Th scope="col">{t('mobilities.list.participant')}</Table.Th>
            <Table.Th scope="col">{t('mobilities.list.activity')}</Table.Th>
            <Table.Th scope="col">{t('mobilities.list.host')}</Table.Th>
            <Table.Th scope="col">{t('mobilities.list.plannedDates')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('mobilities.list.grant')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={busy ? { opacity: 0.6 } : undefined}>
          {rows.map((mobility) => (
            <Table.Tr key={mobility.id}>
              <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/mobilities/${encodeURIComponent(mobility.id)}`}>
                  {mobility.reference}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <MobilityStatusBadge status={mobility.status} size="sm" />
              </Table.Td>
              <Table.Td>{mobility.participant.displayName}</Table.Td>
              <Table.Td>
                <Text size="sm">{activityLabel(mobility.activityType)}</Text>
              </Table.Td>
              <Table.Td>
                {mobility.hostOrganisation ? (
                  <Text size="sm">
                    {t('mobilities.list.hostValue', {
                      name: mobility.hostOrganisation.name,
                      country: format.country(mobility.hostOrganisation.country),
                    })}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('mobilities.list.noHost')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('mobilities.dateRange', {
                  start: format.date(mobility.plannedStartDate),
                  end: format.date(mobility.plannedEndDate),
                })}
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {mobility.grant ? format.money(mobility.grant.totalCents) : t('mobilities.list.noGrant')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
