import { Stack, Title } from '@mantine/core';
import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { useTranslation } from 'react-i18next';
import { ActivitySchedule } from './activity-schedule';
import { AgreementTerms } from './agreement-terms';
import { OutcomeList } from './outcome-list';

export interface LearningProgrammeProps {
  content: LearningAgreementContent;
  /** Also list the mentors the agreement names (the mobility page shows them under contacts). */
  withMentors?: boolean;
}

/** A learning agreement's whole content, each part under its own third-level heading. */
export function LearningProgramme({ content, withMentors = false }: LearningProgrammeProps) {
  const { t } = useTranslation('participant');
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('agreement.programme.outcomesTitle')}
        </Title>
        <OutcomeList outcomes={content.learningOutcomes} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('agreement.programme.activitiesTitle')}
        </Title>
        <ActivitySchedule activities={content.activities} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('agreement.programme.termsTitle')}
        </Title>
        <AgreementTerms content={content} withMentors={withMentors} />
      </Stack>
    </Stack>
  );
}
