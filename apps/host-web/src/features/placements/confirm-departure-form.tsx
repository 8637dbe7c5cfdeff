import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { calendarDaysInclusive } from '@mobilis/domain/dates/calendar-date';
import { confirmDepartureInputSchema } from '@mobilis/domain/host/host-inputs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { parseForm, useFieldErrors } from '../forms/use-field-errors';
import { type PlacementFormProps, placementMutationOutcome } from './placement-mutation-outcome';

const ConfirmDepartureMutation = graphql(`
  mutation ConfirmDepartureForm_ConfirmDeparture($input: ConfirmDepartureInput!) {
    confirmDeparture(input: $input) {
      __typename
      ... on HostMobilityPayload {
        mobility {
          id
          version
          status
          availableActions
          actualEndDate
          attendance {
            attendanceDays
            interruptionDays
            interruptionNote
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

const FIELDS = ['actualEndDate', 'attendanceDays', 'interruptionDays', 'interruptionNote'] as const;
type DepartureField = (typeof FIELDS)[number];
const isShown = (path: string) => (FIELDS as readonly string[]).includes(path);

/** A typed whole number as the schema checks it: empty is "not given", anything else a number. */
function toNumber(value: string): number | undefined {
  return value.trim() === '' ? undefined : Number(value);
}

export interface ConfirmDepartureFormProps extends PlacementFormProps {
  /** Where the stay started: the confirmed arrival, else the plan. */
  startDate: string;
  plannedEndDate: string;
}

/**
 * The participant left (ONGOING → COMPLETED): the real end date and the days attended
 * [LA-HE-TR]. Attendance starts as every day from arrival to the planned end.
 */
export function ConfirmDepartureForm(props: ConfirmDepartureFormProps) {
  const { mobilityId, version, onOutcome } = props;
  const { t } = useTranslation('host');
  const [{ fetching }, confirmDeparture] = useMutation(ConfirmDepartureMutation);
  const [values, setValues] = useState<Record<DepartureField, string>>(() => ({
    actualEndDate: props.plannedEndDate,
    attendanceDays: String(calendarDaysInclusive(props.startDate, props.plannedEndDate) ?? ''),
    interruptionDays: '0',
    interruptionNote: '',
  }));
  const { formRef, report, reportServerErrors, errorOf, clear } = useFieldErrors();

  const submit = async () => {
    const parsed = parseForm(confirmDepartureInputSchema, {
      actualEndDate: values.actualEndDate,
      attendanceDays: toNumber(values.attendanceDays),
      interruptionDays: toNumber(values.interruptionDays),
      interruptionNote: values.interruptionNote,
    });
    report(parsed.ok ? {} : parsed.errors);
    if (!parsed.ok) return;
    const result = await confirmDeparture({
      input: { mobilityId, expectedVersion: version, ...parsed.data },
    });
    onOutcome(
      placementMutationOutcome(result.data?.confirmDeparture, result.error, (errors) =>
        reportServerErrors(errors, isShown),
      ),
    );
  };
  const field = (name: DepartureField) => ({
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
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            label={t('placements.departure.actualEndDate')}
            type="date"
            required
            {...field('actualEndDate')}
          />
          <TextInput
            label={t('placements.departure.attendanceDays')}
            description={t('placements.departure.attendanceDaysDescription')}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            required
            {...field('attendanceDays')}
          />
          <TextInput
            label={t('placements.departure.interruptionDays')}
            description={t('placements.departure.interruptionDaysDescription')}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            {...field('interruptionDays')}
          />
        </SimpleGrid>
        <Textarea
          label={t('placements.departure.interruptionNote')}
          description={t('placements.departure.interruptionNoteDescription')}
          rows={2}
          resize="vertical"
          {...field('interruptionNote')}
        />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('placements.departure.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
