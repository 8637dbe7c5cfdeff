import { DataList, List, Progress, Stack, Text, Title } from '@mantine/core';
import { RECOGNITION_ANSWERS } from '@mobilis/domain/participant/participant-report-input';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';

export const MobilityPreparationReportFragment = graphql(`
  fragment MobilityPreparationReport_mobility on Mobility {
    status
    preparation {
      key
      label
      doneAt
    }
    participantReport {
      submittedAt
      satisfaction
      recognition
      skillsGained
      comments
    }
  }
`);

/** The report opens once the mobility is over. */
const REPORT_STATUSES: ReadonlySet<string> = new Set(['COMPLETED', 'CLOSED']);

/**
 * What the participant did in the participant app, read-only: the preparation checklist ticked
 * before departure (progress and items) and the report submitted afterwards.
 */
export function MobilityPreparationReport(props: {
  mobility: FragmentType<typeof MobilityPreparationReportFragment>;
}) {
  const mobility = getFragmentData(MobilityPreparationReportFragment, props.mobility);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const id = useId();
  const { preparation, participantReport: report } = mobility;
  // Both are for the participant and the sender only; without either there is nothing to show.
  if (preparation === null && report === null && !REPORT_STATUSES.has(mobility.status)) return null;
  const done = preparation?.filter((item) => item.doneAt).length ?? 0;
  const total = preparation?.length ?? 0;
  const item = (label: string, value: ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  const recognition = RECOGNITION_ANSWERS.find((answer) => answer === report?.recognition);

  return (
    <Stack gap="sm" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} id={`${id}-title`}>
        {t('mobilities.participantSteps.title')}
      </Title>
      {preparation ? (
        <Stack gap="xs" component="section" aria-labelledby={`${id}-preparation`}>
          <Title order={3} size="h4" id={`${id}-preparation`}>
            {t('mobilities.participantSteps.preparationTitle')}
          </Title>
          {total === 0 ? (
            <Text c="dimmed">{t('mobilities.participantSteps.noChecklist')}</Text>
          ) : (
            <>
              <Text fw={600} id={`${id}-progress`}>
                {t('mobilities.participantSteps.progress', {
                  done: format.number(done),
                  total: format.number(total),
                })}
              </Text>
              <Progress
                value={(done / total) * 100}
                aria-labelledby={`${id}-progress`}
                maw={360}
                color={done === total ? 'green' : 'blue'}
              />
              <List size="sm" spacing={4}>
                {preparation.map((entry) => (
                  <List.Item key={entry.key}>
                    {entry.label}
                    {' – '}
                    {entry.doneAt ? (
                      <Text span size="sm" c="green.8">
                        {t('mobilities.participantSteps.doneOn', { date: format.date(entry.doneAt) })}
                      </Text>
                    ) : (
                      <Text span size="sm" c="dimmed">
                        {t('mobilities.participantSteps.notDone')}
                      </Text>
                    )}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      ) : null}
      <Stack gap="xs" component="section" aria-labelledby={`${id}-report`}>
        <Title order={3} size="h4" id={`${id}-report`}>
          {t('mobilities.participantSteps.reportTitle')}
        </Title>
        {report ? (
          <DataList labelWidth="14rem" gap="xs">
            {item(
              t('mobilities.participantSteps.submittedAt'),
              <time dateTime={report.submittedAt}>{format.dateTime(report.submittedAt)}</time>,
            )}
            {item(
              t('mobilities.participantSteps.satisfaction'),
              t('mobilities.participantSteps.satisfactionValue', {
                value: format.number(report.satisfaction),
              }),
            )}
            {item(
              t('mobilities.participantSteps.recognition'),
              recognition
                ? t(`mobilities.participantSteps.recognitionAnswers.${recognition}`)
                : report.recognition,
            )}
            {report.skillsGained
              ? item(t('mobilities.participantSteps.skillsGained'), report.skillsGained)
              : null}
            {report.comments ? item(t('mobilities.participantSteps.comments'), report.comments) : null}
          </DataList>
        ) : (
          <Text c="dimmed">
            {REPORT_STATUSES.has(mobility.status)
              ? t('mobilities.participantSteps.reportMissing')
              : t('mobilities.participantSteps.reportLater')}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
