import { Alert, Button, Fieldset, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { DEFAULT_PREPARATION_CHECKLIST } from '@mobilis/domain/participant/preparation-checklist';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { type FieldErrorMap, unshownErrors } from '../forms/field-errors';
import { type MutationProblem, MutationProblemAlert } from '../forms/mutation-problem-alert';
import { useValidationMessage } from '../forms/use-validation-message';
import {
  type ChecklistRow,
  checkChecklist,
  checklistErrorMap,
  checklistInput,
  MAX_CHECKLIST_ITEMS,
  movedRow,
  newChecklistRow,
  rowsOf,
} from './checklist-values';

export const PreparationChecklistEditorFragment = graphql(`
  fragment PreparationChecklistEditor_organisation on Organisation {
    id
    mobilities(first: 1) {
      edges {
        node {
          id
          preparation {
            key
            label
          }
        }
      }
    }
  }
`);

const SetPreparationChecklistMutation = graphql(`
  mutation PreparationChecklistEditor_SetPreparationChecklist($input: SetPreparationChecklistInput!) {
    setPreparationChecklist(input: $input) {
      __typename
      ... on PreparationChecklistPayload {
        items {
          key
          label
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
          message
        }
      }
      ... on NotFoundError {
        message
      }
    }
  }
`);

const labelPath = (index: number) => `${index}.label`;

/**
 * The sending organisation's preparation checklist, edited as a list of labels: starts from the
 * checklist in force on the organisation's latest mobility (every mobility shows the same), else
 * the domain's default list. Items keep their keys, so participants' ticks stay; new items get keys
 * made from their labels.
 */
export function PreparationChecklistEditor(props: {
  organisation: FragmentType<typeof PreparationChecklistEditorFragment>;
  onSaved: () => void;
}) {
  const organisation = getFragmentData(PreparationChecklistEditorFragment, props.organisation);
  const { t } = useTranslation('org');
  const translate = useValidationMessage();
  const [{ fetching }, save] = useMutation(SetPreparationChecklistMutation);
  const current = organisation.mobilities?.edges[0]?.node.preparation ?? null;
  const [source] = useState<'current' | 'default'>(current?.length ? 'current' : 'default');
  const [rows, setRows] = useState<readonly ChecklistRow[]>(() =>
    rowsOf(current?.length ? current : DEFAULT_PREPARATION_CHECKLIST),
  );
  // Keys of the checklist in force: a new item never takes one (nor the ticks given for it).
  const [reservedKeys, setReservedKeys] = useState<ReadonlySet<string>>(
    () => new Set(rows.flatMap((row) => (row.key ? [row.key] : []))),
  );
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);
  // After adding, moving or removing a row, the cursor goes to the row concerned.
  const [focus, setFocus] = useState<{ readonly rowKey: string } | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus.rowKey)?.focus();
  }, [focus]);

  const change = (next: (previous: readonly ChecklistRow[]) => readonly ChecklistRow[]) => {
    setRows(next);
    setErrors({});
    setSaved(false);
  };
  const fail = (next: MutationProblem, map: FieldErrorMap = {}) => {
    setErrors(map);
    setProblem(next);
    setAttempt((count) => count + 1);
  };
  const invalid = (map: FieldErrorMap) =>
    fail(
      {
        kind: 'invalid',
        unshown: unshownErrors(
          map,
          rows.map((_, index) => labelPath(index)),
        ),
      },
      map,
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const checked = checkChecklist(checklistInput(rows, reservedKeys));
    if (!checked.ok) return invalid(checked.errors);
    setErrors({});
    setProblem(null);
    const result = await save({ input: { organisationId: organisation.id, items: checked.items } });
    const payload = result.data?.setPreparationChecklist;
    switch (payload?.__typename) {
      case 'PreparationChecklistPayload': {
        const next = rowsOf(payload.items);
        setRows(next);
        setReservedKeys(new Set(payload.items.map((item) => item.key)));
        setSaved(true);
        props.onSaved();
        return;
      }
      case 'ValidationError':
        return invalid(checklistErrorMap(payload.fieldErrors));
      case 'NotFoundError':
        return fail({ kind: 'notFound' });
      default:
        return fail({ kind: 'transport' });
    }
  };

  const add = () => {
    const row = newChecklistRow();
    change((previous) => [...previous, row]);
    setFocus({ rowKey: row.rowKey });
  };
  const move = (index: number, by: -1 | 1) => {
    const row = rows[index];
    change((previous) => movedRow(previous, index, by));
    if (row) setFocus({ rowKey: row.rowKey });
  };
  const remove = (index: number) => {
    const neighbour = rows[index + 1] ?? rows[index - 1];
    change((previous) => previous.filter((_, candidate) => candidate !== index));
    if (neighbour) setFocus({ rowKey: neighbour.rowKey });
  };
  const reset = () => {
    setConfirmingReset(false);
    change(() => rowsOf(DEFAULT_PREPARATION_CHECKLIST));
    setProblem(null);
  };

  return (
    <Stack gap="md" maw={760}>
      <Text size="sm">{t(`preparation.startedFrom.${source}`)}</Text>
      <form noValidate aria-label={t('preparation.title')} onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          <Fieldset legend={t('preparation.legend')}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('preparation.itemDescription')}
              </Text>
              {rows.map((row, index) => {
                const number = index + 1;
                const error = errors[labelPath(index)];
                return (
                  <Stack key={row.rowKey} gap={4}>
                    <TextInput
                      id={row.rowKey}
                      label={t('preparation.itemLabel', { number })}
                      required
                      maxLength={200}
                      value={row.label}
                      onChange={(event) => {
                        const label = event.currentTarget.value;
                        change((previous) =>
                          previous.map((candidate) =>
                            candidate.rowKey === row.rowKey ? { ...candidate, label } : candidate,
                          ),
                        );
                      }}
                      error={error ? translate(error) : undefined}
                    />
                    <Group gap="xs" justify="flex-end">
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        disabled={index === 0}
                        aria-label={t('preparation.moveUpLabel', { number })}
                        onClick={() => move(index, -1)}
                      >
                        {t('preparation.moveUp')}
                      </Button>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        disabled={index === rows.length - 1}
                        aria-label={t('preparation.moveDownLabel', { number })}
                        onClick={() => move(index, 1)}
                      >
                        {t('preparation.moveDown')}
                      </Button>
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        disabled={rows.length === 1}
                        aria-label={t('preparation.removeLabel', { number })}
                        onClick={() => remove(index)}
                      >
                        {t('preparation.remove')}
                      </Button>
                    </Group>
                  </Stack>
                );
              })}
              <Group gap="sm">
                <Button variant="light" onClick={add} disabled={rows.length >= MAX_CHECKLIST_ITEMS}>
                  {t('preparation.addItem')}
                </Button>
                {rows.length >= MAX_CHECKLIST_ITEMS ? (
                  <Text size="sm" c="dimmed">
                    {t('preparation.maxItems', { count: MAX_CHECKLIST_ITEMS })}
                  </Text>
                ) : null}
              </Group>
            </Stack>
          </Fieldset>
          <Alert role="note" color="blue" variant="light">
            <Text size="sm">{t('preparation.ticksKept')}</Text>
          </Alert>
          <MutationProblemAlert key={attempt} problem={problem} />
          <Text role="status" size="sm" c="green.9" fw={600}>
            {saved ? t('preparation.saved') : null}
          </Text>
          <Group>
            <Button type="submit" loading={fetching}>
              {t('preparation.submit')}
            </Button>
            <Button variant="default" onClick={() => setConfirmingReset(true)}>
              {t('preparation.reset')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={confirmingReset}
        onClose={() => setConfirmingReset(false)}
        title={t('preparation.resetTitle')}
      >
        <Stack gap="md">
          <Text size="sm">{t('preparation.resetText', { count: DEFAULT_PREPARATION_CHECKLIST.length })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingReset(false)}>
              {t('preparation.resetKeep')}
            </Button>
            <Button onClick={reset}>{t('preparation.resetConfirm')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
