import { Checkbox, Progress, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { ProblemAlert } from '../forms/problem-alert';
import { type StepProblem, stepOutcome, useStepOutcomeMessage } from '../forms/step-outcome';
import { preparationEn } from './preparation-en';

export const PreparationChecklistFragment = graphql(`
  fragment PreparationChecklist_mobility on Mobility {
    id
    version
    status
    preparation {
      key
      label
      doneAt
    }
  }
`);

const TickMutation = graphql(`
  mutation PreparationChecklist_Tick($input: TickPreparationItemInput!) {
    tickPreparationItem(input: $input) {
      __typename
      ... on ParticipantStepPayload {
        mobility {
          id
          version
          preparation {
            key
            label
            doneAt
          }
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
          message
        }
      }
      ... on InvalidTransitionError {
        code
        message
      }
    }
  }
`);

// Once the stay is over (or off), the list is a record, not a to-do.
const READ_ONLY_STATUSES = new Set(['COMPLETED', 'CLOSED', 'CANCELLED']);

type DefaultItemKey = keyof typeof preparationEn.defaultItems;
const isDefaultItem = (key: string, label: string): key is DefaultItemKey =>
  Object.hasOwn(preparationEn.defaultItems, key) &&
  preparationEn.defaultItems[key as DefaultItemKey] === label;

/** A tick on its way to the server, for the mobility version it was sent against. */
interface PendingTick {
  readonly key: string;
  readonly done: boolean;
  readonly version: number;
}

export interface PreparationChecklistProps {
  mobility: FragmentType<typeof PreparationChecklistFragment>;
  onReload: () => void;
}

/**
 * The sending organisation's preparation checklist (insurance, travel, language …). A tick shows at
 * once and every box waits until the server has it: each tick changes the mobility's version, so
 * a second tick sent meanwhile would only be refused as stale.
 */
export function PreparationChecklist({ mobility: mobilityRef, onReload }: PreparationChecklistProps) {
  const mobility = getFragmentData(PreparationChecklistFragment, mobilityRef);
  const { t } = useTranslation('participant');
  const format = useFormatters();
  const outcomeMessage = useStepOutcomeMessage();
  const [, tick] = useMutation(TickMutation);
  const [pending, setPending] = useState<PendingTick | null>(null);
  const [problem, setProblem] = useState<StepProblem | null>(null);
  if (!mobility.preparation || mobility.preparation.length === 0) return null;

  // The tick is settled once the page shows a newer version of the mobility.
  const inFlight = pending && pending.version === mobility.version ? pending : null;
  const readOnly = READ_ONLY_STATUSES.has(mobility.status);
  const items = mobility.preparation.map((item) => ({
    ...item,
    checked: inFlight?.key === item.key ? inFlight.done : item.doneAt !== null,
    label: isDefaultItem(item.key, item.label) ? t(`preparation.defaultItems.${item.key}`) : item.label,
  }));
  const doneCount = items.filter((item) => item.checked).length;

  const send = async (key: string, done: boolean) => {
    setProblem(null);
    setPending({ key, done, version: mobility.version });
    const result = await tick({
      input: { mobilityId: mobility.id, expectedVersion: mobility.version, key, done },
    });
    const outcome = stepOutcome(result.data?.tickPreparationItem, result.error);
    if (outcome.kind === 'done') return;
    setPending(null);
    setProblem(outcome);
    if (outcome.kind === 'stale') onReload();
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="preparation-title">
      <Title order={2} size="h3" id="preparation-title">
        {t('preparation.title')}
      </Title>
      {readOnly ? null : (
        <Text size="sm" c="dimmed">
          {t('preparation.intro')}
        </Text>
      )}
      <Stack gap={4}>
        <Text size="sm" id="preparation-progress">
          {t('preparation.progress', { done: doneCount, total: items.length })}
        </Text>
        <Progress value={(doneCount / items.length) * 100} size="sm" aria-labelledby="preparation-progress" />
      </Stack>
      {problem ? (
        <ProblemAlert
          tone={problem.kind === 'stale' ? 'notice' : 'error'}
          message={problem.kind === 'stale' ? t('preparation.stale') : outcomeMessage(problem)}
        />
      ) : null}
      <Stack gap="sm" aria-busy={inFlight ? true : undefined}>
        {items.map((item) => (
          <Checkbox
            key={item.key}
            label={item.label}
            description={
              item.doneAt && item.checked
                ? t('preparation.doneOn', { date: format.date(item.doneAt) })
                : undefined
            }
            checked={item.checked}
            disabled={readOnly || inFlight !== null}
            onChange={(event) => void send(item.key, event.currentTarget.checked)}
          />
        ))}
      </Stack>
    </Stack>
  );
}
