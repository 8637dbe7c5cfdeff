import { Group, Stack, Text, Title } from '@mantine/core';
import { isIsoDate } from '@mobilis/domain/dates/calendar-date';
import { MOBILITY_STATUSES, type MobilityStatus } from '@mobilis/domain/mobility/mobility-status';
import { type Formatters, useFormatters } from '@mobilis/ui/i18n/use-formatters';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { parseMessageParams } from './api-grant';
import { mobilitiesEn } from './mobilities-en';
import { signedMoney } from './signed-money';

export const MobilityTimelineFragment = graphql(`
  fragment MobilityTimeline_mobility on Mobility {
    timeline {
      action
      occurredAt
      actorName
      details
    }
  }
`);

type T = TFunction<'org'>;

const statusOf = (value: unknown): MobilityStatus | null =>
  MOBILITY_STATUSES.find((status) => status === value) ?? null;

/**
 * The lines an event's details add: status change, grant before → after (any event that
 * recalculated the grant carries both totals: a change, a proposal to another host, confirmed
 * actual dates), the host's mentor, actual dates and attendance, outcomes, reason.
 */
function detailLines(detailsJson: string, t: T, format: Formatters): string[] {
  const details = parseMessageParams(detailsJson);
  const lines: string[] = [];
  const from = statusOf(details.from);
  const to = statusOf(details.to);
  if (from && to) {
    lines.push(
      t('mobilities.timeline.statusChange', {
        from: t(`mobilities.statuses.${from}`),
        to: t(`mobilities.statuses.${to}`),
      }),
    );
  }
  const { totalCentsBefore: before, totalCentsAfter: after, totalCents } = details;
  if (typeof before === 'number' && typeof after === 'number') {
    lines.push(
      t('mobilities.timeline.grantChange', {
        before: format.money(before),
        after: format.money(after),
        difference: signedMoney(format, after - before),
      }),
    );
  } else if (typeof totalCents === 'number') {
    lines.push(t('mobilities.timeline.grantSet', { amount: format.money(totalCents) }));
  }
  if (typeof details.mentorName === 'string' && details.mentorName !== '') {
    lines.push(t('mobilities.timeline.mentor', { name: details.mentorName }));
  }
  if (typeof details.actualStartDate === 'string' && isIsoDate(details.actualStartDate)) {
    lines.push(t('mobilities.timeline.actualStart', { date: format.date(details.actualStartDate) }));
  }
  if (typeof details.actualEndDate === 'string' && isIsoDate(details.actualEndDate)) {
    lines.push(t('mobilities.timeline.actualEnd', { date: format.date(details.actualEndDate) }));
  }
  if (typeof details.attendanceDays === 'number') {
    lines.push(t('mobilities.timeline.attendanceDays', { count: details.attendanceDays }));
  }
  if (typeof details.outcomes === 'number') {
    lines.push(t('mobilities.timeline.outcomes', { count: details.outcomes }));
  }
  if (typeof details.reason === 'string' && details.reason !== '') {
    lines.push(t('mobilities.timeline.reason', { reason: details.reason }));
  }
  return lines;
}

/** `forceMajeure: true` is a JSON boolean, which message params drop; read it on its own. */
function isForceMajeure(detailsJson: string): boolean {
  try {
    return (JSON.parse(detailsJson) as { forceMajeure?: unknown })?.forceMajeure === true;
  } catch {
    return false;
  }
}

/** Everything that happened to the mobility, oldest first: what, when, who, and what changed. */
export function MobilityTimeline(props: { mobility: FragmentType<typeof MobilityTimelineFragment> }) {
  const { timeline } = getFragmentData(MobilityTimelineFragment, props.mobility);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const titleId = useId();
  if (!timeline) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} id={titleId}>
        {t('mobilities.detail.timelineTitle')}
      </Title>
      {timeline.length === 0 ? (
        <Text>{t('mobilities.timeline.empty')}</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {timeline.map((event) => {
            const name = Object.hasOwn(mobilitiesEn.timeline.actions, event.action)
              ? t(`mobilities.timeline.actions.${event.action as keyof typeof mobilitiesEn.timeline.actions}`)
              : event.action;
            const lines = detailLines(event.details, t, format);
            if (isForceMajeure(event.details)) lines.push(t('mobilities.timeline.forceMajeure'));
            return (
              <li key={`${event.occurredAt}:${event.action}:${event.details}`}>
                <Stack gap={2} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600}>{name}</Text>
                    <Text size="sm" c="dimmed">
                      <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
                      {event.actorName
                        ? ` · ${t('mobilities.timeline.by', { name: event.actorName })}`
                        : null}
                    </Text>
                  </Group>
                  {lines.map((line) => (
                    <Text key={line} size="sm">
                      {line}
                    </Text>
                  ))}
                </Stack>
              </li>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
