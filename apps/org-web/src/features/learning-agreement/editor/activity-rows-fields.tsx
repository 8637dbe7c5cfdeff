import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecimalSeparator } from '../../forms/use-decimal-separator';
import { type ActivityRow, moved, newActivityRow } from './agreement-editor-values';
import type { EditorFieldsProps } from './editor-field-props';
import { RowControls } from './row-controls';

export interface ActivityRowsFieldsProps extends EditorFieldsProps {
  /** A new activity starts over the mobility's planned dates. */
  plannedStartDate: string;
  plannedEndDate: string;
}

/** The programme of activities: dates, description, hours and place; added, removed, reordered. */
export function ActivityRowsFields(props: ActivityRowsFieldsProps) {
  const { values, update, errorOf } = props;
  const { t } = useTranslation('org');
  const decimalSeparator = useDecimalSeparator();
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (focusKey) document.getElementById(`${focusKey}-description`)?.focus();
  }, [focusKey]);
  const rows = values.activities;
  const setRows = (change: (rows: readonly ActivityRow[]) => readonly ActivityRow[]) =>
    update((previous) => ({ ...previous, activities: change(previous.activities) }));
  const setRow = (key: string, patch: Partial<ActivityRow>) =>
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const listError = errorOf('activities');

  return (
    <Fieldset legend={t('learningAgreement.editor.activitiesLegend')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('learningAgreement.editor.activitiesHint')}
        </Text>
        {rows.length === 0 ? <Text size="sm">{t('learningAgreement.editor.noActivities')}</Text> : null}
        {rows.map((row, index) => {
          const path = `activities.${index}`;
          const rowName = t('learningAgreement.editor.activityLegend', { number: index + 1 });
          return (
            <Fieldset key={row.key} legend={rowName} variant="filled">
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <TextInput
                    type="date"
                    label={t('learningAgreement.editor.activityStart')}
                    required
                    value={row.startDate}
                    onChange={(event) => setRow(row.key, { startDate: event.currentTarget.value })}
                    error={errorOf(`${path}.startDate`)}
                  />
                  <TextInput
                    type="date"
                    label={t('learningAgreement.editor.activityEnd')}
                    required
                    value={row.endDate}
                    onChange={(event) => setRow(row.key, { endDate: event.currentTarget.value })}
                    error={errorOf(`${path}.endDate`)}
                  />
                </SimpleGrid>
                <Textarea
                  id={`${row.key}-description`}
                  label={t('learningAgreement.editor.activityDescription')}
                  required
                  rows={3}
                  value={row.description}
                  onChange={(event) => setRow(row.key, { description: event.currentTarget.value })}
                  error={errorOf(`${path}.description`)}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <NumberInput
                    label={t('learningAgreement.editor.activityHours')}
                    min={0}
                    max={2000}
                    allowNegative={false}
                    decimalScale={1}
                    decimalSeparator={decimalSeparator}
                    value={row.hours}
                    onChange={(hours) => setRow(row.key, { hours })}
                    error={errorOf(`${path}.hours`)}
                  />
                  <TextInput
                    label={t('learningAgreement.editor.activityPlace')}
                    value={row.place}
                    onChange={(event) => setRow(row.key, { place: event.currentTarget.value })}
                    error={errorOf(`${path}.place`)}
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
              const row = newActivityRow(props.plannedStartDate, props.plannedEndDate);
              setRows((previous) => [...previous, row]);
              setFocusKey(row.key);
            }}
          >
            {t('learningAgreement.editor.addActivity')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
