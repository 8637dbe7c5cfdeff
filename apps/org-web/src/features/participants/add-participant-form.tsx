import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { PARTICIPANT_KINDS, type ParticipantKind } from '@mobilis/domain/participant/participant-input';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { type FieldErrorMap, toFieldErrorMap, unshownErrors } from '../forms/field-errors';
import { type MutationProblem, MutationProblemAlert } from '../forms/mutation-problem-alert';
import { useValidationMessage } from '../forms/use-validation-message';
import {
  type AddParticipantValues,
  emptyParticipantValues,
  PARTICIPANT_FIELDS,
  validateParticipant,
} from './add-participant-values';

export const AddParticipantFormFragment = graphql(`
  fragment AddParticipantForm_viewer on Viewer {
    memberships {
      role
      organisation {
        id
      }
    }
  }
`);

const CreateParticipantMutation = graphql(`
  mutation AddParticipantForm_CreateParticipant($input: CreateParticipantInput!) {
    createParticipant(input: $input) {
      ... on ParticipantPayload {
        participant {
          id
          displayName
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

export interface AddParticipantFormProps {
  viewer: FragmentType<typeof AddParticipantFormFragment>;
  organisationId: string;
  onAdded: () => void;
}

/** Adds one participant; only administrators are offered the special-category justification. */
export function AddParticipantForm({ viewer: viewerRef, organisationId, onAdded }: AddParticipantFormProps) {
  const viewer = getFragmentData(AddParticipantFormFragment, viewerRef);
  const isAdmin = viewer.memberships.some(
    (membership) => membership.organisation.id === organisationId && membership.role === 'ADMIN',
  );
  const { t } = useTranslation('org');
  const translate = useValidationMessage();
  const [{ fetching }, createParticipant] = useMutation(CreateParticipantMutation);
  const [values, setValues] = useState<AddParticipantValues>(emptyParticipantValues);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  const set = (patch: Partial<AddParticipantValues>) => setValues((previous) => ({ ...previous, ...patch }));
  const text = (
    field: 'firstName' | 'lastName' | 'email' | 'dateOfBirth' | 'unit' | 'fewerOpportunitiesJustification',
  ) => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => set({ [field]: event.currentTarget.value }),
    error: errors[field] ? translate(errors[field]) : undefined,
  });
  const invalid = (map: FieldErrorMap) => {
    setErrors(map);
    setProblem({ kind: 'invalid', unshown: unshownErrors(map, PARTICIPANT_FIELDS) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const checked = validateParticipant(values, isAdmin);
    if (!checked.ok) return invalid(checked.errors);
    setErrors({});
    setProblem(null);
    const result = await createParticipant({ input: { organisationId, ...checked.input } });
    const payload = result.data?.createParticipant;
    switch (payload?.__typename) {
      case 'ParticipantPayload':
        setValues(emptyParticipantValues());
        setAdded(payload.participant.displayName);
        onAdded();
        return;
      case 'ValidationError':
        return invalid(toFieldErrorMap(payload.fieldErrors));
      case 'NotFoundError':
        return setProblem({ kind: 'notFound' });
      default:
        setProblem({ kind: 'transport' });
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="add-participant-title">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('participants.form.firstName')}
            required
            autoComplete="off"
            {...text('firstName')}
          />
          <TextInput
            label={t('participants.form.lastName')}
            required
            autoComplete="off"
            {...text('lastName')}
          />
          <TextInput
            type="email"
            label={t('participants.form.email')}
            required
            autoComplete="off"
            {...text('email')}
          />
          <NativeSelect
            label={t('participants.form.category')}
            required
            value={values.category}
            onChange={(event) => set({ category: event.currentTarget.value as ParticipantKind | '' })}
            error={errors.category ? translate(errors.category) : undefined}
            data={[
              { value: '', label: t('participants.form.chooseCategory') },
              ...PARTICIPANT_KINDS.map((kind) => ({
                value: kind,
                label: t(`participants.categories.${kind}`),
              })),
            ]}
          />
          <TextInput type="date" label={t('participants.form.dateOfBirth')} {...text('dateOfBirth')} />
          <TextInput
            label={t('participants.form.unit')}
            description={t('participants.form.unitDescription')}
            {...text('unit')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('participants.form.fewerOpportunities')}
          description={t('participants.form.fewerOpportunitiesDescription')}
          checked={values.fewerOpportunities}
          onChange={(event) => set({ fewerOpportunities: event.currentTarget.checked })}
        />
        {isAdmin && values.fewerOpportunities ? (
          <Textarea
            label={t('participants.form.justification')}
            description={t('participants.form.justificationDescription')}
            rows={3}
            {...text('fewerOpportunitiesJustification')}
          />
        ) : null}
        {!isAdmin && values.fewerOpportunities ? (
          <Text size="sm" c="dimmed">
            {t('participants.form.justificationAdminsOnly')}
          </Text>
        ) : null}
        <MutationProblemAlert problem={problem} />
        <Text role="status" size="sm" c="green.9" fw={600}>
          {added ? t('participants.form.added', { name: added }) : null}
        </Text>
        <Group>
          <Button type="submit" loading={fetching}>
            {t('participants.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
