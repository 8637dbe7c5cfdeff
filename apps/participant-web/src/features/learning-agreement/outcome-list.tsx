import { Badge, DataList, Group, List, Stack, Text } from '@mantine/core';
import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { useTranslation } from 'react-i18next';

type Outcome = LearningAgreementContent['learningOutcomes'][number];

/** One learning outcome: its title, its kind (EQF), what it means and how it is assessed. */
export function OutcomeDetails({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('participant');
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>{outcome.title}</Text>
        <Badge variant="outline" size="sm" miw="max-content">
          {t(`agreement.programme.outcomeKinds.${outcome.kind}`)}
        </Badge>
      </Group>
      {outcome.description ? <Text size="sm">{outcome.description}</Text> : null}
      {outcome.assessmentMethod ? (
        <DataList size="sm" gap={2} orientation="vertical">
          <DataList.Item>
            <DataList.ItemLabel>{t('agreement.programme.assessment')}</DataList.ItemLabel>
            <DataList.ItemValue>{outcome.assessmentMethod}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      ) : null}
    </Stack>
  );
}

/** The agreement's learning outcomes, in the order they were written. */
export function OutcomeList({ outcomes }: { outcomes: readonly Outcome[] }) {
  return (
    <List type="ordered" spacing="md">
      {outcomes.map((outcome) => (
        <List.Item key={outcome.id}>
          <OutcomeDetails outcome={outcome} />
        </List.Item>
      ))}
    </List>
  );
}
