import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { type FieldErrorMap, unshownErrors } from '../forms/field-errors';
import { type MutationProblem, MutationProblemAlert } from '../forms/mutation-problem-alert';
import { useDecimalSeparator } from '../forms/use-decimal-separator';
import { useValidationMessage } from '../forms/use-validation-message';
import {
  COUNTRY_GROUPS,
  EDITOR_FIELDS,
  editorValues,
  parseOverrides,
  RATE_CATEGORIES,
  type RateCardEditorValues,
  type RateCategory,
  validateOverrides,
  withEditorValues,
} from './rate-card-overrides-values';

export const RateCardEditorFragment = graphql(`
  fragment RateCardEditor_project on Project {
    id
    version
    rateCardOverrides
    rateCard {
      individualSupport {
        category
        group1 {
          minCents
          maxCents
        }
        group2 {
          minCents
          maxCents
        }
        group3 {
          minCents
          maxCents
        }
      }
    }
  }
`);

const UpdateRateCardMutation = graphql(`
  mutation RateCardEditor_UpdateProjectRateCard($input: UpdateProjectRateCardInput!) {
    updateProjectRateCard(input: $input) {
      ... on ProjectPayload {
        project {
          id
          version
          rateCardOverrides
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
          message
        }
      }
      ... on StaleVersionError {
        currentVersion
      }
      ... on NotFoundError {
        message
      }
    }
  }
`);

export interface RateCardEditorProps {
  project: FragmentType<typeof RateCardEditorFragment>;
  /** Fetches the project again (after someone else changed it). */
  onReload: () => void;
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * The National Agency's per-day rates for individual support (per participant category and
 * country group) and a note on where they come from, saved as the project's rate-card overrides.
 */
export function RateCardEditor({ project: projectRef, onReload, onSaved, onCancel }: RateCardEditorProps) {
  const project = getFragmentData(RateCardEditorFragment, projectRef);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const translate = useValidationMessage();
  const decimalSeparator = useDecimalSeparator();
  const [{ fetching }, updateRateCard] = useMutation(UpdateRateCardMutation);
  const [values, setValues] = useState<RateCardEditorValues>(() =>
    editorValues(parseOverrides(project.rateCardOverrides)),
  );
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [problem, setProblem] = useState<MutationProblem | null>(null);

  const errorOf = (field: string) => {
    const error = errors[field];
    return error ? translate(error) : undefined;
  };
  const invalid = (map: FieldErrorMap) => {
    setErrors(map);
    setProblem({ kind: 'invalid', unshown: unshownErrors(map, EDITOR_FIELDS) });
  };
  const range = (category: RateCategory, group: (typeof COUNTRY_GROUPS)[number]) => {
    const rate = project.rateCard.individualSupport.find((rates) => rates.category === category)?.[group];
    return rate?.minCents != null && rate.maxCents != null
      ? t('projects.rateCardEditor.range', {
          min: format.money(rate.minCents),
          max: format.money(rate.maxCents),
        })
      : undefined;
  };
  const setRate = (category: RateCategory, group: (typeof COUNTRY_GROUPS)[number], value: number | string) =>
    setValues((previous) => ({
      ...previous,
      dayRates: { ...previous.dayRates, [category]: { ...previous.dayRates[category], [group]: value } },
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateOverrides(withEditorValues(parseOverrides(project.rateCardOverrides), values));
    if (!checked.ok) return invalid(checked.errors);
    setErrors({});
    setProblem(null);
    const result = await updateRateCard({
      input: {
        projectId: project.id,
        expectedVersion: project.version,
        overrides: JSON.stringify(checked.overrides),
      },
    });
    const payload = result.data?.updateProjectRateCard;
    switch (payload?.__typename) {
      case 'ProjectPayload':
        return onSaved();
      case 'ValidationError':
        return invalid(
          Object.fromEntries(
            payload.fieldErrors.map(({ path, code, message }) => [path.join('.'), { code, message }]),
          ),
        );
      case 'StaleVersionError':
        return setProblem({ kind: 'stale' });
      case 'NotFoundError':
        return setProblem({ kind: 'notFound' });
      default:
        setProblem({ kind: 'transport' });
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="rate-card-editor-title">
      <Stack gap="md">
        <Title order={3} id="rate-card-editor-title">
          {t('projects.rateCardEditor.title')}
        </Title>
        <Text size="sm">{t('projects.rateCardEditor.intro')}</Text>
        {RATE_CATEGORIES.map((category) => (
          <Fieldset
            key={category}
            legend={t('projects.rateCardEditor.categoryLegend', {
              category: t(`projects.rateCard.categories.${category}`),
            })}
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {COUNTRY_GROUPS.map((group, index) => (
                <NumberInput
                  key={group}
                  label={t('projects.rateCardEditor.groupField', { group: format.number(index + 1) })}
                  description={range(category, group)}
                  min={0}
                  allowNegative={false}
                  decimalScale={2}
                  decimalSeparator={decimalSeparator}
                  value={values.dayRates[category][group]}
                  onChange={(value) => setRate(category, group, value)}
                  error={errorOf(`individualSupport.${category}.${group}`)}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        ))}
        <Textarea
          label={t('projects.rateCardEditor.note')}
          description={t('projects.rateCardEditor.noteDescription')}
          rows={3}
          value={values.note}
          onChange={(event) => {
            const note = event.currentTarget.value;
            setValues((previous) => ({ ...previous, note }));
          }}
          error={errorOf('note')}
        />
        <MutationProblemAlert problem={problem} onReload={onReload} />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('projects.rateCardEditor.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('forms.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
