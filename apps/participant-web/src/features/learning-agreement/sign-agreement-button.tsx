import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { type AgreementActionOutcome, agreementActionOutcome } from './agreement-action-outcome';

const SignMutation = graphql(`
  mutation SignAgreementButton_Sign($input: SignLearningAgreementInput!) {
    signLearningAgreement(input: $input) {
      __typename
      ... on LearningAgreementPayload {
        mobility {
          id
          version
        }
      }
      ... on LearningAgreementError {
        code
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`);

/** Which app captured the signature (kept with it, as EWP's signer-app). */
export const SIGNING_APP = 'mobilis-participant';

export interface SignAgreementButtonProps {
  mobilityId: string;
  /** The hash of the proposal on screen: the signature binds to exactly what the participant read. */
  proposalHash: string;
  onOutcome: (outcome: AgreementActionOutcome) => void;
}

/** Signing is a commitment: a dialog asks for explicit agreement before anything is sent. */
export function SignAgreementButton({ mobilityId, proposalHash, onOutcome }: SignAgreementButtonProps) {
  const { t } = useTranslation('participant');
  const [{ fetching }, sign] = useMutation(SignMutation);
  const [open, setOpen] = useState(false);
  const confirm = async () => {
    const result = await sign({
      input: { mobilityId, as: 'PARTICIPANT', proposalHash, app: SIGNING_APP },
    });
    setOpen(false);
    onOutcome(agreementActionOutcome(result.data?.signLearningAgreement, result.error));
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('agreement.sign.button')}</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('agreement.sign.dialogTitle')}>
        <Stack gap="md">
          <Text fw={600}>{t('agreement.sign.statement')}</Text>
          <Text size="sm" c="dimmed">
            {t('agreement.sign.explanation')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)} disabled={fetching}>
              {t('forms.cancel')}
            </Button>
            <Button onClick={() => void confirm()} loading={fetching}>
              {t('agreement.sign.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
