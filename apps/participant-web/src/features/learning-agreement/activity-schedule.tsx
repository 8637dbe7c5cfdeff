import { List, Stack, Text } from '@mantine/core';
import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { useMobilityLabels } from '../mobilities/use-mobility-labels';

type Activity = LearningAgreementContent['activities'][number];

/** One activity of the programme: when, what, how long and where. */
export function ActivityDetails({ activity }: { activity: Activity }) {
  const { t } = useTranslation('participant');
  const format = useFormatters();
  const labels = useMobilityLabels();
  const extras = [
    activity.hours === null
      ? null
      : t('agreement.programme.hours', { count: activity.hours, hours: format.number(activity.hours) }),
    activity.place,
  ].filter((part): part is string => Boolean(part));
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {activity.startDate === activity.endDate
          ? format.date(activity.startDate)
          : labels.period(activity.startDate, activity.endDate)}
      </Text>
      <Text size="sm">{activity.description}</Text>
      {extras.length > 0 ? (
        <Text size="sm" c="dimmed">
          {extras.join(' · ')}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The programme of activities by date, as a list that reads well on a phone. */
export function ActivitySchedule({ activities }: { activities: readonly Activity[] }) {
  const { t } = useTranslation('participant');
  if (activities.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('agreement.programme.noActivities')}
      </Text>
    );
  }
  const byDate = [...activities].sort(
    (a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate),
  );
  return (
    <List spacing="sm" listStyleType="none" withPadding={false}>
      {byDate.map((activity) => (
        <List.Item key={activity.id}>
          <ActivityDetails activity={activity} />
        </List.Item>
      ))}
    </List>
  );
}
