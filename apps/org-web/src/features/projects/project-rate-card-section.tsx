import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '../../gql/fragment-masking';
import { RateCardEditor, type RateCardEditorFragment } from './rate-card-editor';
import { RateCardView, type RateCardViewFragment } from './rate-card-view';

export interface ProjectRateCardSectionProps {
  project: FragmentType<typeof RateCardViewFragment> & FragmentType<typeof RateCardEditorFragment>;
  onReload: () => void;
}

/** The rate card, and the editor for the National Agency's rates behind a button. */
export function ProjectRateCardSection({ project, onReload }: ProjectRateCardSectionProps) {
  const { t } = useTranslation('org');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="md" component="section" aria-labelledby="rate-card-title">
      <Group justify="space-between" align="center">
        <Title order={2} id="rate-card-title">
          {t('projects.rateCard.title')}
        </Title>
        {editing ? null : (
          <Button
            variant="light"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('projects.rateCardEditor.open')}
          </Button>
        )}
      </Group>
      <Text role="status" c="green.9" fw={600} size="sm">
        {saved ? t('projects.rateCardEditor.saved') : null}
      </Text>
      {editing ? (
        <Paper withBorder p="md">
          <RateCardEditor
            project={project}
            onReload={onReload}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
              onReload();
            }}
          />
        </Paper>
      ) : null}
      <RateCardView project={project} />
    </Stack>
  );
}
