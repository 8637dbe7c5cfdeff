import { DataList, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import type { RecognitionAnswer } from '../../gql/graphql';

export interface SubmittedReport {
  readonly satisfaction: number;
  readonly skillsGained?: string | null;
  readonly recognition: RecognitionAnswer;
  readonly comments?: string | null;
  readonly submittedAt: string;
}

/** The report as submitted: it can no longer be changed. */
export function ParticipantReportView({ report }: { report: SubmittedReport }) {
  const { t } = useTranslation('participant');
  const format = useFormatters();
  const rows: [string, string][] = [
    [t('report.satisfaction'), t('report.satisfactionValue', { value: report.satisfaction })],
    [t('report.skillsGained'), report.skillsGained ?? t('report.notAnswered')],
    [t('report.recognition'), t(`report.recognitionAnswers.${report.recognition}`)],
    [t('report.comments'), report.comments ?? t('report.notAnswered')],
  ];
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('report.viewTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('report.submittedAt', { date: format.dateTime(report.submittedAt) })}
      </Text>
      <DataList size="sm" orientation="vertical" gap="sm">
        {rows.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Stack>
  );
}
