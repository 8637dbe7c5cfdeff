import { DataList } from '@mantine/core';
import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { useTranslation } from 'react-i18next';
import { useSectionSummaries } from './use-section-summaries';

/**
 * The agreement's terms besides outcomes and activities: language and CEFR level, recognition,
 * monitoring, each party's responsibilities, the current qualification and (optionally) mentors.
 */
export function AgreementTerms({
  content,
  withMentors = false,
}: {
  content: LearningAgreementContent;
  withMentors?: boolean;
}) {
  const { t } = useTranslation('participant');
  const summary = useSectionSummaries();
  const { responsibilities } = content;
  const rows: [string, string][] = [
    [t('agreement.programme.language'), summary.language(content)],
    [t('agreement.programme.recognition'), summary.recognition(content)],
    [t('agreement.programme.monitoring'), summary.monitoring(content)],
    [t('agreement.programme.qualification'), summary.qualification(content)],
    [t('agreement.programme.responsibilities.participant'), responsibilities.participant ?? summary.none],
    [t('agreement.programme.responsibilities.sending'), responsibilities.sending ?? summary.none],
    [t('agreement.programme.responsibilities.host'), responsibilities.host ?? summary.none],
    ...(withMentors
      ? ([
          [t('agreement.programme.sendingMentor'), summary.mentor(content.mentors.sending)],
          [t('agreement.programme.hostMentor'), summary.mentor(content.mentors.host)],
        ] as [string, string][])
      : []),
  ];
  return (
    <DataList size="sm" orientation="vertical" gap="sm">
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
