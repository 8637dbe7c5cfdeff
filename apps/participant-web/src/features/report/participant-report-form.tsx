import { Button, Group, NativeSelect, Radio, Stack, Textarea, Title } from '@mantine/core';
import { RECOGNITION_ANSWERS } from '@mobilis/domain/participant/participant-report-input';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { ProblemAlert } from '../forms/problem-alert';
import { type StepOutcome, stepOutcome, useStepOutcomeMessage } from '../forms/step-outcome';
import { type CodedMessage, useValidationMessage } from '../forms/use-validation-message';
import {
  checkReport,
  emptyReportValues,
  isReportField,
  type PathedMessage,
  type ReportField,
  type ReportValues,
} from './report-values';

const SubmitReportMutation = graphql(`
  mutation ParticipantReportForm_Submit($input: SubmitParticipantReportInput!) {
    submitParticipantReport(input: $input) {
      __typename
      ... on ParticipantStepPayload {
        mobility {
          id
          version
          participantReport {
            satisfaction
            skillsGained
            recognition
            comments
            submittedAt
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

const SATISFACTION_VALUES = ['1', '2', '3', '4', '5'] as const;

type FieldErrors = Partial<Record<ReportField, CodedMessage>>;

export interface ParticipantReportFormProps {
  mobilityId: string;
  version: number;
  onSubmitted: () => void;
  onReload: () => void;
}

/**
 * The participant's report after the mobility, checked in the browser with the schema the API
 * uses; the API's field errors land on the same fields. It is submitted once.
 */
export function ParticipantReportForm({
  mobilityId,
  version,
  onSubmitted,
  onReload,
}: ParticipantReportFormProps) {
  const { t } = useTranslation('participant');
  const translate = useValidationMessage();
  const outcomeMessage = useStepOutcomeMessage();
  const [{ fetching }, submitReport] = useMutation(SubmitReportMutation);
  const [values, setValues] = useState<ReportValues>(emptyReportValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<{ message: string; details?: string[]; tone?: 'notice' } | null>(
    null,
  );

  const change = (field: ReportField, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  const showFieldErrors = (found: readonly PathedMessage[]) => {
    const next: FieldErrors = {};
    const unshown: string[] = [];
    for (const error of found) {
      const [field] = error.path;
      if (isReportField(field)) next[field] ??= error;
      else unshown.push(translate(error));
    }
    setErrors(next);
    setProblem({ message: t('forms.fixFields'), details: unshown });
  };

  const submit = async () => {
    setProblem(null);
    const checked = checkReport(values);
    if (!checked.ok) {
      showFieldErrors(checked.errors);
      return;
    }
    const result = await submitReport({ input: { mobilityId, expectedVersion: version, ...checked.report } });
    const outcome: StepOutcome = stepOutcome(result.data?.submitParticipantReport, result.error);
    if (outcome.kind === 'done') onSubmitted();
    else if (outcome.kind === 'invalid') showFieldErrors(outcome.fieldErrors);
    else if (outcome.kind === 'stale') {
      setProblem({ message: t('report.stale'), tone: 'notice' });
      onReload();
    } else setProblem({ message: outcomeMessage(outcome) });
  };

  const errorOf = (field: ReportField) => {
    const error = errors[field];
    return error ? translate(error) : undefined;
  };
  return (
    <form
      noValidate
      aria-labelledby="report-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Title order={3} size="h4" id="report-form-title">
          {t('report.formTitle')}
        </Title>
        <Radio.Group
          label={t('report.satisfaction')}
          required
          value={values.satisfaction}
          onChange={(value) => change('satisfaction', value)}
          error={errorOf('satisfaction')}
        >
          <Stack gap="xs" mt="xs">
            {SATISFACTION_VALUES.map((value) => (
              <Radio key={value} value={value} label={t(`report.satisfactionOptions.s${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={`${t('report.skillsGained')} ${t('forms.optional')}`}
          rows={4}
          maxLength={4000}
          value={values.skillsGained}
          onChange={(event) => change('skillsGained', event.currentTarget.value)}
          error={errorOf('skillsGained')}
        />
        <NativeSelect
          label={t('report.recognition')}
          required
          value={values.recognition}
          onChange={(event) => change('recognition', event.currentTarget.value)}
          error={errorOf('recognition')}
          data={[
            { value: '', label: t('report.recognitionPlaceholder'), disabled: true },
            ...RECOGNITION_ANSWERS.map((answer) => ({
              value: answer,
              label: t(`report.recognitionAnswers.${answer}`),
            })),
          ]}
        />
        <Textarea
          label={`${t('report.comments')} ${t('forms.optional')}`}
          rows={3}
          maxLength={4000}
          value={values.comments}
          onChange={(event) => change('comments', event.currentTarget.value)}
          error={errorOf('comments')}
        />
        {problem ? (
          <ProblemAlert message={problem.message} details={problem.details} tone={problem.tone} />
        ) : null}
        <Group>
          <Button type="submit" loading={fetching}>
            {t('report.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
