import { Badge, DataList, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutcomeAchievement } from '../../gql/graphql';

const ACHIEVEMENT_COLOURS: Readonly<Record<OutcomeAchievement, string>> = {
  ACHIEVED: 'green',
  PARTLY_ACHIEVED: 'yellow',
  NOT_ACHIEVED: 'gray',
};

const SKILL_AREAS = [
  'jobRelated',
  'language',
  'digital',
  'organisational',
  'communication',
  'other',
] as const;

export interface HostOutcomes {
  readonly outcomes: readonly {
    readonly title: string;
    readonly achievement: OutcomeAchievement;
    readonly comment?: string | null;
  }[];
  readonly skills: Readonly<Partial<Record<(typeof SKILL_AREAS)[number], string | null>>>;
}

/**
 * The host's assessment of each learning outcome and its description of the skills acquired
 * (Europass-Mobility areas) — what fills the certificate.
 */
export function HostOutcomesView({ hostOutcomes }: { hostOutcomes: HostOutcomes | null | undefined }) {
  const { t } = useTranslation('participant');
  const skills = SKILL_AREAS.flatMap((area) => {
    const text = hostOutcomes?.skills[area];
    return text ? [[area, text] as const] : [];
  });
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('report.hostTitle')}
      </Title>
      {!hostOutcomes ? (
        <Text size="sm" c="dimmed">
          {t('report.hostPending')}
        </Text>
      ) : (
        <>
          <List spacing="sm" listStyleType="none" withPadding={false}>
            {hostOutcomes.outcomes.map((outcome) => (
              <List.Item key={outcome.title}>
                <Stack gap={2}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600} size="sm">
                      {outcome.title}
                    </Text>
                    <Badge color={ACHIEVEMENT_COLOURS[outcome.achievement]} variant="light" miw="max-content">
                      {t(`report.achievements.${outcome.achievement}`)}
                    </Badge>
                  </Group>
                  {outcome.comment ? <Text size="sm">{outcome.comment}</Text> : null}
                </Stack>
              </List.Item>
            ))}
          </List>
          {skills.length > 0 ? (
            <Stack gap="xs">
              <Text fw={600} size="sm">
                {t('report.skillsTitle')}
              </Text>
              <DataList size="sm" orientation="vertical" gap="sm">
                {skills.map(([area, text]) => (
                  <DataList.Item key={area}>
                    <DataList.ItemLabel>{t(`report.skillAreas.${area}`)}</DataList.ItemLabel>
                    <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>{text}</DataList.ItemValue>
                  </DataList.Item>
                ))}
              </DataList>
            </Stack>
          ) : null}
        </>
      )}
    </Stack>
  );
}
