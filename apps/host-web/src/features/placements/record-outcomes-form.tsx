import { Button, Group, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { recordOutcomesInputSchema, SKILL_AREAS } from '@mobilis/domain/host/host-inputs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { parseForm, useFieldErrors } from '../forms/use-field-errors';
import { OutcomeRowFields, type OutcomeValues } from './outcome-row-fields';
import { type PlacementFormProps, placementMutationOutcome } from './placement-mutation-outcome';

const RecordOutcomesMutation = graphql(`
  mutation RecordOutcomesForm_RecordOutcomes($input: RecordOutcomesInput!) {
    recordOutcomes(input: $input) {
      __typename
      ... on HostMobilityPayload {
        mobility {
          id
          version
          hostOutcomes {
            outcomes {
              title
              achievement
              comment
            }
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
        fromStatus
        message
      }
    }
  }
`);

type SkillArea = (typeof SKILL_AREAS)[number];

export interface RecordOutcomesFormProps extends PlacementFormProps {
  /** What was recorded before (empty strings for none). */
  initialOutcomes: readonly OutcomeValues[];
  initialSkills: Readonly<Record<SkillArea, string>>;
  /** Offered as "Cancel" when there is something recorded to go back to. */
  onCancel?: () => void;
}

const emptyOutcome: OutcomeValues = { title: '', achievement: '', comment: '' };
const shownPath = /^(outcomes\.\d+\.(title|achievement|comment)|skills\.\w+)$/;

/**
 * The host's assessment of each learning outcome and the Europass-Mobility-style skills
 * description; both fill the participant's certificate later.
 */
export function RecordOutcomesForm(props: RecordOutcomesFormProps) {
  const { mobilityId, version, onOutcome, onCancel } = props;
  const { t } = useTranslation('host');
  const [{ fetching }, recordOutcomes] = useMutation(RecordOutcomesMutation);
  const nextKey = useRef(0);
  const keyed = (outcome: OutcomeValues) => ({ ...outcome, key: nextKey.current++ });
  const [rows, setRows] = useState(() =>
    (props.initialOutcomes.length > 0 ? props.initialOutcomes : [emptyOutcome]).map(keyed),
  );
  const [skills, setSkills] = useState<Record<SkillArea, string>>(() => ({ ...props.initialSkills }));
  const { formRef, report, reportServerErrors, errorOf, clear } = useFieldErrors();

  const changeRow = (index: number, field: keyof OutcomeValues, value: string) => {
    setRows((previous) => previous.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
    clear(`outcomes.${index}.${field}`);
  };
  // Errors are kept by row number: adding or removing a row renumbers them, so start afresh.
  const addRow = () => {
    setRows((previous) => [...previous, keyed(emptyOutcome)]);
    report({});
  };
  const removeRow = (index: number) => {
    setRows((previous) => previous.filter((_, at) => at !== index));
    report({});
  };

  const submit = async () => {
    const parsed = parseForm(recordOutcomesInputSchema, {
      outcomes: rows.map(({ title, achievement, comment }) => ({
        title,
        achievement: achievement === '' ? undefined : achievement,
        comment,
      })),
      skills,
    });
    report(parsed.ok ? {} : parsed.errors);
    if (!parsed.ok) return;
    const result = await recordOutcomes({ input: { mobilityId, expectedVersion: version, ...parsed.data } });
    onOutcome(
      placementMutationOutcome(result.data?.recordOutcomes, result.error, (errors) =>
        reportServerErrors(errors, (path) => shownPath.test(path)),
      ),
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      aria-busy={fetching}
      onSubmit={(event) => {
        event.preventDefault();
        if (!fetching) void submit();
      }}
    >
      <Stack gap="lg">
        <Stack gap="md">
          {rows.map((row, index) => (
            <OutcomeRowFields
              key={row.key}
              number={index + 1}
              values={row}
              errorOf={(field) => errorOf(`outcomes.${index}.${field}`)}
              onChange={(field, value) => changeRow(index, field, value)}
              onRemove={() => removeRow(index)}
            />
          ))}
          <Group>
            <Button variant="default" onClick={addRow} disabled={rows.length >= 50}>
              {t('placements.outcomes.add')}
            </Button>
          </Group>
        </Stack>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('placements.outcomes.skillsTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('placements.outcomes.skillsIntro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {SKILL_AREAS.map((area) => (
              <Textarea
                key={area}
                label={t(`placements.outcomes.skills.${area}`)}
                rows={2}
                resize="vertical"
                value={skills[area]}
                error={errorOf(`skills.${area}`)}
                onChange={(event) => {
                  const { value } = event.currentTarget;
                  setSkills((previous) => ({ ...previous, [area]: value }));
                  clear(`skills.${area}`);
                }}
              />
            ))}
          </SimpleGrid>
        </Stack>
        <Group gap="sm">
          <Button type="submit" loading={fetching}>
            {t('placements.outcomes.submit')}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel} disabled={fetching}>
              {t('placements.outcomes.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
