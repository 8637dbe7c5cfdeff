import { Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { cancelMobilityInputSchema } from '@mobilis/domain/mobility/mobility-input';
import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { mobilityMutationOutcome } from './mobility-mutation-outcome';
import type { MobilityActionButtonProps } from './return-to-draft-button';
import { useMobilityMessages } from './use-mobility-messages';

const CancelMobilityMutation = graphql(`
  mutation CancelMobilityButton_CancelMobility($input: CancelMobilityInput!) {
    cancelMobility(input: $input) {
      __typename
      ... on MobilityPayload {
        mobility {
          id
          version
          status
          availableActions
          cancellationReason
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

interface CancelErrors {
  reason?: string;
  confirm?: string;
}

/**
 * Cancelling is destructive and final: it asks for the reason the programme requires, whether it
 * was force majeure [W-MOB-YOU], and an explicit confirmation before anything is sent.
 */
export function CancelMobilityButton({ mobilityId, version, onOutcome }: MobilityActionButtonProps) {
  const { t } = useTranslation('org');
  const messages = useMobilityMessages();
  const [{ fetching }, cancel] = useMutation(CancelMobilityMutation);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [forceMajeure, setForceMajeure] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<CancelErrors>({});

  const close = () => {
    setOpen(false);
    setErrors({});
  };
  const submit = async () => {
    const input = { reason, forceMajeure };
    const parsed = cancelMobilityInputSchema.safeParse(input);
    const reasonProblem = parsed.success ? undefined : fieldErrorsFromZod(parsed.error, input)[0];
    const found: CancelErrors = {
      ...(reasonProblem ? { reason: messages.validation(reasonProblem) } : {}),
      ...(confirmed ? {} : { confirm: t('mobilities.cancel.confirmRequired') }),
    };
    setErrors(found);
    if (!parsed.success || !confirmed) return;
    const result = await cancel({ input: { mobilityId, expectedVersion: version, ...parsed.data } });
    const outcome = mobilityMutationOutcome(result.data?.cancelMobility, result.error);
    if (outcome.kind === 'invalid' && outcome.fieldErrors[0]) {
      setErrors({ reason: messages.validation(outcome.fieldErrors[0]) });
      return;
    }
    close();
    onOutcome(outcome);
  };

  return (
    <>
      <Button color="red" variant="outline" onClick={() => setOpen(true)}>
        {t('mobilities.actions.cancelMobility')}
      </Button>
      <Modal opened={open} onClose={close} title={t('mobilities.cancel.title')}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('mobilities.cancel.intro')}</Text>
            <Textarea
              label={t('mobilities.cancel.reason')}
              description={t('mobilities.cancel.reasonDescription')}
              required
              rows={3}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setErrors((previous) => ({ ...previous, reason: undefined }));
              }}
              error={errors.reason}
            />
            <Checkbox
              label={t('mobilities.cancel.forceMajeure')}
              checked={forceMajeure}
              onChange={(event) => setForceMajeure(event.currentTarget.checked)}
            />
            <Checkbox
              label={t('mobilities.cancel.confirm')}
              checked={confirmed}
              onChange={(event) => {
                setConfirmed(event.currentTarget.checked);
                setErrors((previous) => ({ ...previous, confirm: undefined }));
              }}
              error={errors.confirm}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('mobilities.cancel.keep')}
              </Button>
              <Button type="submit" color="red" loading={fetching}>
                {t('mobilities.cancel.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
