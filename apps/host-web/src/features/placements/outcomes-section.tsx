import { Badge, Button, DataList, Group, List, Stack, Text, Title } from '@mantine/core';
import { SKILL_AREAS } from '@mobilis/domain/host/host-inputs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import type { OutcomesSection_MobilityFragment } from '../../gql/graphql';
import { PlacementNotice, usePlacementNotice } from './placement-notice';
import { RecordOutcomesForm } from './record-outcomes-form';

export const OutcomesSectionFragment = graphql(`
  fragment OutcomesSection_mobility on Mobility {
    id
    version
    status
    hostOutcomes {
      outcomes {
        title
        achievement
        comment
      }
      skills {
        jobRelated
        language
        digital
        organisational
        communication
        other
      }
    }
  }
`);

const ACHIEVEMENT_COLOURS = { ACHIEVED: 'green', PARTLY_ACHIEVED: 'yellow', NOT_ACHIEVED: 'gray' } as const;

/** The host records outcomes while the participant is there and after the departure (outcome policy). */
const RECORDABLE: ReadonlySet<string> = new Set(['ONGOING', 'COMPLETED']);

export interface OutcomesSectionProps {
  mobility: FragmentType<typeof OutcomesSectionFragment>;
  onReload: () => void;
}

/** The learning outcomes as recorded, and the form to record or change them while that is allowed. */
export function OutcomesSection(props: OutcomesSectionProps) {
  const mobility = getFragmentData(OutcomesSectionFragment, props.mobility);
  const { t } = useTranslation('host');
  const { notice, handle, clear } = usePlacementNotice(props.onReload);
  const recorded = mobility.hostOutcomes;
  const recordable = RECORDABLE.has(mobility.status);
  const [editing, setEditing] = useState(!recorded);
  const saved = handle(t('placements.outcomes.saved'));

  if (!recordable && !recorded) return null;
  return (
    <Stack gap="md" component="section" aria-labelledby="outcomes-title">
      <Stack gap={4}>
        <Title order={2} size="h3" id="outcomes-title">
          {t('placements.outcomes.title')}
        </Title>
        {recordable ? (
          <Text size="sm" c="dimmed">
            {t('placements.outcomes.intro')}
          </Text>
        ) : null}
      </Stack>
      <PlacementNotice notice={notice} />
      {recordable && editing ? (
        <RecordOutcomesForm
          mobilityId={mobility.id}
          version={mobility.version}
          initialOutcomes={(recorded?.outcomes ?? []).map((outcome) => ({
            title: outcome.title,
            achievement: outcome.achievement,
            comment: outcome.comment ?? '',
          }))}
          initialSkills={
            Object.fromEntries(SKILL_AREAS.map((area) => [area, recorded?.skills[area] ?? ''])) as Record<
              (typeof SKILL_AREAS)[number],
              string
            >
          }
          onCancel={recorded ? () => setEditing(false) : undefined}
          onOutcome={(outcome) => {
            saved(outcome);
            if (outcome.kind === 'ok') setEditing(false);
          }}
        />
      ) : (
        <>
          <RecordedOutcomes outcomes={recorded} />
          {recordable ? (
            <Group>
              <Button
                variant="default"
                onClick={() => {
                  clear();
                  setEditing(true);
                }}
              >
                {recorded ? t('placements.outcomes.edit') : t('placements.outcomes.record')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}

type Recorded = OutcomesSection_MobilityFragment['hostOutcomes'];

function RecordedOutcomes({ outcomes: recorded }: { outcomes: Recorded }) {
  const { t } = useTranslation('host');
  if (!recorded) return <Text c="dimmed">{t('placements.outcomes.none')}</Text>;
  const skills = SKILL_AREAS.filter((area) => recorded.skills[area]);
  return (
    <Stack gap="md">
      {recorded.outcomes.length === 0 ? (
        <Text c="dimmed">{t('placements.outcomes.noOutcomes')}</Text>
      ) : (
        <List spacing="sm" listStyleType="none" aria-label={t('placements.outcomes.listLabel')}>
          {recorded.outcomes.map((outcome, index) => (
            // Outcomes have no ID; their order is what the host entered.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <List.Item key={index}>
              <Stack gap={2}>
                <Group gap="xs" wrap="wrap">
                  <Text fw={600}>{outcome.title}</Text>
                  <Badge variant="light" color={ACHIEVEMENT_COLOURS[outcome.achievement]}>
                    {t(`placements.outcomes.achievements.${outcome.achievement}`)}
                  </Badge>
                </Group>
                {outcome.comment ? (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                    {outcome.comment}
                  </Text>
                ) : null}
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
      <Title order={3} size="h5">
        {t('placements.outcomes.skillsTitle')}
      </Title>
      {skills.length === 0 ? (
        <Text c="dimmed">{t('placements.outcomes.noSkills')}</Text>
      ) : (
        <DataList orientation="vertical" gap="sm">
          {skills.map((area) => (
            <DataList.Item key={area}>
              <DataList.ItemLabel>{t(`placements.outcomes.skills.${area}`)}</DataList.ItemLabel>
              <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>
                {recorded.skills[area]}
              </DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      )}
    </Stack>
  );
}
