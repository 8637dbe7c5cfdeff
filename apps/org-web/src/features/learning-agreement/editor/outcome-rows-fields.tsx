import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { OUTCOME_KINDS } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moved, newOutcomeRow, type OutcomeRow } from './agreement-editor-values';
import type { EditorFieldsProps } from './editor-field-props';
import { RowControls } from './row-controls';

/** The learning outcomes: title, description, kind and assessment method; added, removed, reordered. */
export function OutcomeRowsFields({ values, update, errorOf }: EditorFieldsProps) {
  const { t } = useTranslation('org');
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (focusKey) document.getElementById(`${focusKey}-title`)?.focus();
  }, [focusKey]);
  const rows = values.learningOutcomes;
  const setRows = (change: (rows: readonly OutcomeRow[]) => readonly OutcomeRow[]) =>
    update((previous) => ({ ...previous, learningOutcomes: change(previous.learningOutcomes) }));
  const setRow = (key: string, patch: Partial<OutcomeRow>) =>
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const listError = errorOf('learningOutcomes');

  return (
    <Fieldset legend={t('learningAgreement.editor.outcomesLegend')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('learningAgreement.editor.outcomesHint')}
        </Text>
        {rows.map((row, index) => {
          const path = `learningOutcomes.${index}`;
          const rowName = t('learningAgreement.editor.outcomeLegend', { number: index + 1 });
          return (
            <Fieldset key={row.key} legend={rowName} variant="filled">
              <Stack gap="sm">
                <TextInput
                  id={`${row.key}-title`}
                  label={t('learningAgreement.editor.outcomeTitle')}
                  required
                  value={row.title}
                  onChange={(event) => setRow(row.key, { title: event.currentTarget.value })}
                  error={errorOf(`${path}.title`)}
                />
                <Textarea
                  label={t('learningAgreement.editor.outcomeDescription')}
                  rows={3}
                  value={row.description}
                  onChange={(event) => setRow(row.key, { description: event.currentTarget.value })}
                  error={errorOf(`${path}.description`)}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <NativeSelect
                    label={t('learningAgreement.editor.outcomeKind')}
                    required
                    value={row.kind}
                    onChange={(event) => {
                      const kind = OUTCOME_KINDS.find((candidate) => candidate === event.currentTarget.value);
                      if (kind) setRow(row.key, { kind });
                    }}
                    error={errorOf(`${path}.kind`)}
                    data={OUTCOME_KINDS.map((kind) => ({
                      value: kind,
                      label: t(`learningAgreement.kinds.${kind}`),
                    }))}
                  />
                  <TextInput
                    label={t('learningAgreement.editor.assessmentMethod')}
                    value={row.assessmentMethod}
                    onChange={(event) => setRow(row.key, { assessmentMethod: event.currentTarget.value })}
                    error={errorOf(`${path}.assessmentMethod`)}
                  />
                </SimpleGrid>
                <RowControls
                  index={index}
                  count={rows.length}
                  rowName={rowName}
                  onMove={(by) => setRows((previous) => moved(previous, index, by))}
                  onRemove={() =>
                    setRows((previous) => previous.filter((candidate) => candidate.key !== row.key))
                  }
                />
              </Stack>
            </Fieldset>
          );
        })}
        {listError ? (
          <Text size="sm" c="red.8" role="alert">
            {listError}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="default"
            onClick={() => {
              const row = newOutcomeRow();
              setRows((previous) => [...previous, row]);
              setFocusKey(row.key);
            }}
          >
            {t('learningAgreement.editor.addOutcome')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
