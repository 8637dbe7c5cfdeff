import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { declinePlacementInputSchema } from '@mobilis/domain/host/host-inputs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { parseForm, useFieldErrors } from '../forms/use-field-errors';
import { type PlacementFormProps, placementMutationOutcome } from './placement-mutation-outcome';

const DeclinePlacementMutation = graphql(`
  mutation DeclinePlacementForm_DeclinePlacement($input: DeclinePlacementInput!) {
    declinePlacement(input: $input) {
      __typename
      ... on HostMobilityPayload {
        mobility {
          id
          version
          status
          availableActions
          declineReason
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

const isShown = (path: string) => path === 'reason';

/**
 * Declining is final for this host (PROPOSED → DECLINED; the sender may propose the placement
 * elsewhere), so the reason is checked first and then confirmed in a dialog before anything is sent.
 */
export function DeclinePlacementForm({ mobilityId, version, onOutcome }: PlacementFormProps) {
  const { t } = useTranslation('host');
  const [{ fetching }, declinePlacement] = useMutation(DeclinePlacementMutation);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const { formRef, report, reportServerErrors, errorOf, clear } = useFieldErrors();

  const check = () => {
    const parsed = parseForm(declinePlacementInputSchema, { reason });
    report(parsed.ok ? {} : parsed.errors);
    if (parsed.ok) setConfirming(parsed.data.reason);
  };
  const decline = async (checkedReason: string) => {
    const result = await declinePlacement({
      input: { mobilityId, expectedVersion: version, reason: checkedReason },
    });
    setConfirming(null);
    onOutcome(
      placementMutationOutcome(result.data?.declinePlacement, result.error, (errors) =>
        reportServerErrors(errors, isShown),
      ),
    );
  };

  return (
    <>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        <Stack gap="md">
          <Textarea
            label={t('placements.decline.reason')}
            description={t('placements.decline.reasonDescription')}
            required
            rows={3}
            resize="vertical"
            name="reason"
            value={reason}
            error={errorOf('reason')}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              clear('reason');
            }}
          />
          <Group>
            <Button type="submit" color="red" variant="outline">
              {t('placements.decline.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('placements.decline.confirmTitle')}
      >
        <Stack gap="md">
          <Text size="sm">{t('placements.decline.confirmText')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)} disabled={fetching}>
              {t('placements.decline.keep')}
            </Button>
            <Button
              color="red"
              loading={fetching}
              onClick={() => {
                if (confirming !== null) void decline(confirming);
              }}
            >
              {t('placements.decline.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
