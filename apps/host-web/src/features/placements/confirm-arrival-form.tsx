import { Button, Group, Stack, TextInput } from '@mantine/core';
import { confirmArrivalInputSchema } from '@mobilis/domain/host/host-inputs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { parseForm, useFieldErrors } from '../forms/use-field-errors';
import { type PlacementFormProps, placementMutationOutcome } from './placement-mutation-outcome';

const ConfirmArrivalMutation = graphql(`
  mutation ConfirmArrivalForm_ConfirmArrival($input: ConfirmArrivalInput!) {
    confirmArrival(input: $input) {
      __typename
      ... on HostMobilityPayload {
        mobility {
          id
          version
          status
          availableActions
          actualStartDate
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

const isShown = (path: string) => path === 'actualStartDate';

/** The participant arrived (AGREED → ONGOING); the date starts as the planned one. */
export function ConfirmArrivalForm({
  mobilityId,
  version,
  plannedStartDate,
  onOutcome,
}: PlacementFormProps & { plannedStartDate: string }) {
  const { t } = useTranslation('host');
  const [{ fetching }, confirmArrival] = useMutation(ConfirmArrivalMutation);
  const [actualStartDate, setActualStartDate] = useState(plannedStartDate);
  const { formRef, report, reportServerErrors, errorOf, clear } = useFieldErrors();

  const submit = async () => {
    const parsed = parseForm(confirmArrivalInputSchema, { actualStartDate });
    report(parsed.ok ? {} : parsed.errors);
    if (!parsed.ok) return;
    const result = await confirmArrival({ input: { mobilityId, expectedVersion: version, ...parsed.data } });
    onOutcome(
      placementMutationOutcome(result.data?.confirmArrival, result.error, (errors) =>
        reportServerErrors(errors, isShown),
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
      <Stack gap="md">
        <TextInput
          label={t('placements.arrival.actualStartDate')}
          type="date"
          required
          name="actualStartDate"
          maw={{ sm: 240 }}
          value={actualStartDate}
          error={errorOf('actualStartDate')}
          onChange={(event) => {
            setActualStartDate(event.currentTarget.value);
            clear('actualStartDate');
          }}
        />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('placements.arrival.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
