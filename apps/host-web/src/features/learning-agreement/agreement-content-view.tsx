import { Badge, DataList, Group, List, Stack, Text, Title } from '@mantine/core';
import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { useTranslation } from 'react-i18next';
import { usePlacementLabels } from '../placements/use-placement-labels';
import { TERM_SECTIONS, useTermSummaries } from './use-term-summaries';

export interface AgreementContentViewProps {
  content: LearningAgreementContent;
  /** The level of the view's own headings (one below the heading it is shown under). */
  headingOrder?: 3 | 4 | 5;
}

/**
 * The whole content of an agreement: learning outcomes (title, kind, assessment), the programme of
 * activities, then the terms — mentors, language and CEFR level, recognition, monitoring, each
 * party's responsibilities and the participant's current qualification.
 */
export function AgreementContentView({ content, headingOrder = 4 }: AgreementContentViewProps) {
  const { t } = useTranslation('host');
  const labels = usePlacementLabels();
  const summaries = useTermSummaries();
  const terms = TERM_SECTIONS.flatMap((section) => summaries[section](content));

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={headingOrder} size="h5">
          {t('agreement.content.outcomes')}
        </Title>
        {content.learningOutcomes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agreement.content.noOutcomes')}
          </Text>
        ) : (
          <List
            type="ordered"
            spacing="sm"
            size="sm"
            aria-label={t('agreement.content.outcomesLabel')}
            styles={{ itemWrapper: { minWidth: 0 } }}
          >
            {content.learningOutcomes.map((outcome) => (
              <List.Item key={outcome.id}>
                <Stack gap={2}>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {outcome.title}
                    </Text>
                    <Badge variant="light" color="gray" size="sm">
                      {t(`agreement.content.kinds.${outcome.kind}`)}
                    </Badge>
                  </Group>
                  {outcome.description ? (
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      {outcome.description}
                    </Text>
                  ) : null}
                  {outcome.assessmentMethod ? (
                    <Text size="sm" c="dimmed">
                      {t('agreement.content.assessment', { method: outcome.assessmentMethod })}
                    </Text>
                  ) : null}
                </Stack>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={headingOrder} size="h5">
          {t('agreement.content.activities')}
        </Title>
        {content.activities.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agreement.content.noActivities')}
          </Text>
        ) : (
          <List
            spacing="sm"
            size="sm"
            listStyleType="none"
            aria-label={t('agreement.content.activitiesLabel')}
          >
            {content.activities.map((activity) => (
              <List.Item key={activity.id}>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {labels.period(activity.startDate, activity.endDate)}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {activity.description}
                  </Text>
                  {activity.place || activity.hours !== null ? (
                    <Text size="sm" c="dimmed">
                      {[
                        activity.place,
                        activity.hours === null
                          ? null
                          : t('agreement.content.hours', { count: activity.hours }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  ) : null}
                </Stack>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={headingOrder} size="h5">
          {t('agreement.content.terms')}
        </Title>
        <DataList orientation="vertical" gap="sm">
          {terms.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {value}
              </DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      </Stack>
    </Stack>
  );
}
