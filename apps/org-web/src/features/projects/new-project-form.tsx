import { Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { GRANT_CATEGORIES } from '@mobilis/domain/grant/grant-result';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { type FieldErrorMap, unshownErrors } from '../forms/field-errors';
import { type MutationProblem, MutationProblemAlert } from '../forms/mutation-problem-alert';
import { useDecimalSeparator } from '../forms/use-decimal-separator';
import { useValidationMessage } from '../forms/use-validation-message';
import {
  emptyProjectValues,
  type NewProjectValues,
  PROJECT_FIELDS,
  projectFieldErrors,
  toProjectInput,
  validateProject,
} from './new-project-values';
import { projectPath } from './project-paths';

const CreateProjectMutation = graphql(`
  mutation NewProjectForm_CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      ... on ProjectPayload {
        project {
          id
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

/** Registers a grant: code, title, dates and the awarded amounts (typed in euros, sent as cents). */
export function NewProjectForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('org');
  const navigate = useNavigate();
  const translate = useValidationMessage();
  const decimalSeparator = useDecimalSeparator();
  const [{ fetching }, createProject] = useMutation(CreateProjectMutation);
  const [values, setValues] = useState<NewProjectValues>(emptyProjectValues);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [problem, setProblem] = useState<MutationProblem | null>(null);

  const set = (patch: Partial<NewProjectValues>) => setValues((previous) => ({ ...previous, ...patch }));
  const errorOf = (field: string) => {
    const error = errors[field];
    return error ? translate(error) : undefined;
  };
  const invalid = (map: FieldErrorMap) => {
    setErrors(map);
    setProblem({ kind: 'invalid', unshown: unshownErrors(map, PROJECT_FIELDS) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toProjectInput(values);
    const browserErrors = validateProject(input);
    if (Object.keys(browserErrors).length > 0) return invalid(browserErrors);
    setErrors({});
    setProblem(null);
    const result = await createProject({ input: { organisationId, ...input } });
    const payload = result.data?.createProject;
    switch (payload?.__typename) {
      case 'ProjectPayload':
        await navigate(projectPath(payload.project.id));
        return;
      case 'ValidationError':
        return invalid(projectFieldErrors(payload.fieldErrors, input));
      case 'NotFoundError':
        return setProblem({ kind: 'notFound' });
      default:
        setProblem({ kind: 'transport' });
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="new-project-title">
      <Stack gap="md" maw={720}>
        <TextInput
          label={t('projects.form.code')}
          description={t('projects.form.codeDescription')}
          required
          autoComplete="off"
          spellCheck={false}
          value={values.code}
          onChange={(event) => set({ code: event.currentTarget.value })}
          error={errorOf('code')}
        />
        <TextInput
          label={t('projects.form.projectTitle')}
          required
          value={values.title}
          onChange={(event) => set({ title: event.currentTarget.value })}
          error={errorOf('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('projects.form.startDate')}
            required
            value={values.startDate}
            onChange={(event) => set({ startDate: event.currentTarget.value })}
            error={errorOf('startDate')}
          />
          <TextInput
            type="date"
            label={t('projects.form.endDate')}
            required
            value={values.endDate}
            onChange={(event) => set({ endDate: event.currentTarget.value })}
            error={errorOf('endDate')}
          />
        </SimpleGrid>
        <Fieldset legend={t('projects.form.awardedSection')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('projects.form.awardedDescription')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {GRANT_CATEGORIES.map((category) => (
                <NumberInput
                  key={category}
                  label={t(`grantCalculator.categories.${category}`)}
                  min={0}
                  allowNegative={false}
                  decimalScale={2}
                  decimalSeparator={decimalSeparator}
                  value={values.awarded[category]}
                  onChange={(value) => set({ awarded: { ...values.awarded, [category]: value } })}
                  error={errorOf(`awarded.${category}`)}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <MutationProblemAlert problem={problem} />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('projects.form.submit')}
          </Button>
          <Button component={Link} to="/projects" variant="default">
            {t('forms.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
