import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { MOBILITY_STATUSES, type MobilityStatus } from '@mobilis/domain/mobility/mobility-status';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';

export const MobilityStatusSummaryFragment = graphql(`
  fragment MobilityStatusSummary_organisation on Organisation {
    mobilityStatusCounts {
      status
      count
    }
  }
`);

/** Badge colours follow the lifecycle: grey drafts, blue/teal on the way, green abroad, red stopped. */
const STATUS_COLOURS: Readonly<Record<MobilityStatus, string>> = {
  DRAFT: 'gray',
  PROPOSED: 'blue',
  CONFIRMED: 'cyan',
  DECLINED: 'orange',
  AGREED: 'teal',
  ONGOING: 'green',
  COMPLETED: 'grape',
  CLOSED: 'dark',
  CANCELLED: 'red',
};

/** How many of the organisation's mobilities are in each status, in lifecycle order. */
export function MobilityStatusSummary(props: {
  organisation: FragmentType<typeof MobilityStatusSummaryFragment>;
}) {
  const { mobilityStatusCounts } = getFragmentData(MobilityStatusSummaryFragment, props.organisation);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const counts = new Map((mobilityStatusCounts ?? []).map(({ status, count }) => [status, count]));
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  return (
    <Stack gap="sm" component="section" aria-labelledby="status-summary-title">
      <Title order={2} id="status-summary-title">
        {t('dashboard.statusTitle')}
      </Title>
      {total === 0 ? (
        <Text c="dimmed">{t('dashboard.noMobilities')}</Text>
      ) : (
        <>
          <Text>{t('dashboard.statusTotal', { total: format.number(total) })}</Text>
          <Group component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {MOBILITY_STATUSES.map((status) => (
              <li key={status}>
                {/* The dot carries the colour; the text stays dark, readable on any badge. */}
                <Badge
                  size="lg"
                  radius="sm"
                  variant="dot"
                  color={counts.get(status) ? STATUS_COLOURS[status] : 'gray'}
                  tt="none"
                >
                  {t('dashboard.statusCount', {
                    status: t(`dashboard.statuses.${status}`),
                    number: format.number(counts.get(status) ?? 0),
                  })}
                </Badge>
              </li>
            ))}
          </Group>
        </>
      )}
    </Stack>
  );
}
