import { Group, List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { PlacementStatusBadge } from '../placements/placement-status-badge';
import { usePlacementLabels } from '../placements/use-placement-labels';

export const PlacementCalendarFragment = graphql(`
  fragment PlacementCalendar_organisation on Organisation {
    placements {
      id
      status
      activityType
      plannedStartDate
      plannedEndDate
      participant {
        displayName
      }
    }
  }
`);

/** Who is with the host now or is expected: accepted, agreed and ongoing placements. */
const CURRENT_AND_UPCOMING: ReadonlySet<string> = new Set(['CONFIRMED', 'AGREED', 'ONGOING']);

/** "April 2026" for the month of a calendar date, in the UI language. */
function useMonthName(): (isoDate: string) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    // A calendar date has no time zone: read and print it in UTC so it never shifts by a month.
    const format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return (isoDate: string) => format.format(new Date(`${isoDate.slice(0, 7)}-01T00:00:00Z`));
  }, [locale]);
}

/**
 * Current and upcoming participants by planned start, grouped by month. An overview only: the
 * sections beside it link to each placement.
 */
export function PlacementCalendar(props: { organisation: FragmentType<typeof PlacementCalendarFragment> }) {
  const { placements } = getFragmentData(PlacementCalendarFragment, props.organisation);
  const { t } = useTranslation('host');
  const labels = usePlacementLabels();
  const monthName = useMonthName();
  const months = new Map<string, NonNullable<typeof placements>[number][]>();
  for (const placement of [...(placements ?? [])]
    .filter((candidate) => CURRENT_AND_UPCOMING.has(candidate.status))
    .sort((a, b) => a.plannedStartDate.localeCompare(b.plannedStartDate))) {
    const month = placement.plannedStartDate.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), placement]);
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="inbox-calendar">
      <Stack gap={2}>
        <Title order={2} size="h3" id="inbox-calendar">
          {t('inbox.calendar.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('inbox.calendar.intro')}
        </Text>
      </Stack>
      {months.size === 0 ? (
        <Text c="dimmed" size="sm">
          {t('inbox.calendar.empty')}
        </Text>
      ) : (
        [...months].map(([month, entries]) => (
          <Stack key={month} gap={6}>
            <Title order={3} size="h5">
              {monthName(`${month}-01`)}
            </Title>
            <List spacing="xs" listStyleType="none">
              {entries.map((entry) => (
                <List.Item key={entry.id}>
                  <Stack gap={0}>
                    <Text size="xs" c="dimmed">
                      {labels.period(entry.plannedStartDate, entry.plannedEndDate)}
                    </Text>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm" fw={600}>
                        {entry.participant.displayName}
                      </Text>
                      <PlacementStatusBadge status={entry.status} size="sm" />
                    </Group>
                    <Text size="xs">{labels.activity(entry.activityType)}</Text>
                  </Stack>
                </List.Item>
              ))}
            </List>
          </Stack>
        ))
      )}
    </Stack>
  );
}
