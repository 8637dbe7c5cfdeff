import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { LearningProgramme } from './learning-programme';
import { parseAgreementContent } from './parse-agreement-content';

export const CurrentProgrammeFragment = graphql(`
  fragment CurrentProgramme_mobility on Mobility {
    learningAgreement {
      firstVersion {
        hash
        content
      }
      approvedChanges {
        hash
        content
      }
    }
  }
`);

/** "My learning programme": what all three parties signed last (approved changes, else the first version). */
export function CurrentProgramme(props: { mobility: FragmentType<typeof CurrentProgrammeFragment> }) {
  const { learningAgreement } = getFragmentData(CurrentProgrammeFragment, props.mobility);
  const { t } = useTranslation('participant');
  const agreed = learningAgreement.approvedChanges ?? learningAgreement.firstVersion;
  const content = parseAgreementContent(agreed?.content);
  return (
    <Stack gap="md" component="section" aria-labelledby="programme-title">
      <Title order={2} size="h3" id="programme-title">
        {t('agreement.programme.title')}
      </Title>
      {content ? (
        <LearningProgramme content={content} />
      ) : (
        <Text c="dimmed">
          {agreed ? t('agreement.programme.unreadable') : t('agreement.programme.notAgreedYet')}
        </Text>
      )}
    </Stack>
  );
}
