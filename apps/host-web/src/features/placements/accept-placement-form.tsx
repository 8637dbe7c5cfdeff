import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { mentorInputSchema } from '@mobilis/domain/host/host-inputs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { parseForm, useFieldErrors } from '../forms/use-field-errors';
import { type PlacementFormProps, placementMutationOutcome } from './placement-mutation-outcome';

const ConfirmPlacementMutation = graphql(`
  mutation AcceptPlacementForm_ConfirmPlacement($input: ConfirmPlacementInput!) {
    confirmPlacement(input: $input) {
      __typename
      ... on HostMobilityPayload {
        mobility {
          id
          version
          status
          availableActions
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

const FIELDS = ['name', 'role', 'email', 'phone'] as const;
type MentorField = (typeof FIELDS)[number];
const isShown = (path: string) => (FIELDS as readonly string[]).includes(path);

/** Accepting names the mentor who looks after the participant (PROPOSED → CONFIRMED). */
export function AcceptPlacementForm({ mobilityId, version, onOutcome }: PlacementFormProps) {
  const { t } = useTranslation('host');
  const [{ fetching }, confirmPlacement] = useMutation(ConfirmPlacementMutation);
  const [values, setValues] = useState<Record<MentorField, string>>({
    name: '',
    role: '',
    email: '',
    phone: '',
  });
  const { formRef, report, reportServerErrors, errorOf, clear } = useFieldErrors();

  const submit = async () => {
    const parsed = parseForm(mentorInputSchema, values);
    report(parsed.ok ? {} : parsed.errors);
    if (!parsed.ok) return;
    const result = await confirmPlacement({
      input: { mobilityId, expectedVersion: version, mentor: parsed.data },
    });
    onOutcome(
      placementMutationOutcome(result.data?.confirmPlacement, result.error, (errors) =>
        reportServerErrors(errors, isShown),
      ),
    );
  };
  const field = (name: MentorField) => ({
    name,
    value: values[name],
    error: errorOf(name),
    onChange: (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      setValues((previous) => ({ ...previous, [name]: value }));
      clear(name);
    },
  });

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
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('placements.accept.mentorName')}
            required
            autoComplete="name"
            {...field('name')}
          />
          <TextInput
            label={t('placements.accept.mentorRole')}
            description={t('placements.accept.mentorRoleDescription')}
            autoComplete="organization-title"
            {...field('role')}
          />
          <TextInput
            label={t('placements.accept.mentorEmail')}
            type="email"
            inputMode="email"
            required
            autoComplete="email"
            {...field('email')}
          />
          <TextInput
            label={t('placements.accept.mentorPhone')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            {...field('phone')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={fetching}>
            {t('placements.accept.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
