import { Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { requiredText } from '@mobilis/domain/validation/common-fields';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { parseField, useFieldErrors } from '../forms/use-field-errors';
import { type AgreementFormProps, agreementMutationOutcome } from './agreement-mutation-outcome';
import { shortVersion } from './parse-agreement-content';

const SignLearningAgreementMutation = graphql(`
  mutation SignAgreementForm_SignLearningAgreement($input: SignLearningAgreementInput!) {
    signLearningAgreement(input: $input) {
      __typename
      ... on LearningAgreementPayload {
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
      ... on LearningAgreementError {
        code
        message
      }
    }
  }
`);

/** The signature of the host is recorded with the app that captured it. */
export const HOST_APP = 'mobilis-host';

const positionSchema = requiredText(200);

export interface SignAgreementFormProps extends AgreementFormProps {
  participantName: string;
  /** What the proposal holds, for the summary in the dialog. */
  outcomeCount: number | null;
  activityCount: number | null;
  /** The parties who signed this proposal already, in words. */
  signedBy: readonly string[];
}

/**
 * "Sign the learning agreement": a dialog sums up what is signed and asks for the signer's
 * position; the signature binds to the hash of the proposal the host read.
 */
export function SignAgreementForm(props: SignAgreementFormProps) {
  const { mobilityId, proposalHash, onOutcome } = props;
  const { t } = useTranslation('host');
  const [{ fetching }, signLearningAgreement] = useMutation(SignLearningAgreementMutation);
  const [opened, setOpened] = useState(false);
  // Closing with an outcome leaves focus to the notice on the page (a problem takes it).
  const [returnFocus, setReturnFocus] = useState(true);
  const [position, setPosition] = useState('');
  const { formRef, report, reportServerErrors, errorOf, clear } = useFieldErrors();

  const close = () => {
    setOpened(false);
    report({});
  };
  const submit = async () => {
    const parsed = parseField('position', positionSchema, position);
    report(parsed.ok ? {} : parsed.errors);
    if (!parsed.ok) return;
    const result = await signLearningAgreement({
      input: { mobilityId, as: 'HOST', proposalHash, position: parsed.data, app: HOST_APP },
    });
    const outcome = agreementMutationOutcome(result.data?.signLearningAgreement, result.error, (errors) =>
      reportServerErrors(errors, (path) => path === 'position'),
    );
    // Fields to fix stay in the dialog; everything else is told on the page.
    if (outcome.kind === 'invalid' && outcome.unshown.length === 0) return;
    setReturnFocus(false);
    setOpened(false);
    onOutcome(outcome);
  };

  return (
    <>
      <Button
        onClick={() => {
          setReturnFocus(true);
          setOpened(true);
        }}
      >
        {t('agreement.sign.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        returnFocus={returnFocus}
        title={t('agreement.sign.dialogTitle')}
        closeButtonProps={{ 'aria-label': t('agreement.closeDialog') }}
      >
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
            <Text size="sm">
              {t('agreement.sign.summary', {
                version: shortVersion(proposalHash),
                participant: props.participantName,
              })}
            </Text>
            <List size="sm">
              {props.outcomeCount === null ? null : (
                <List.Item>{t('agreement.sign.outcomes', { count: props.outcomeCount })}</List.Item>
              )}
              {props.activityCount === null ? null : (
                <List.Item>{t('agreement.sign.activities', { count: props.activityCount })}</List.Item>
              )}
              {props.signedBy.length > 0 ? (
                <List.Item>{t('agreement.sign.signedBy', { parties: props.signedBy.join(', ') })}</List.Item>
              ) : null}
            </List>
            <Text size="sm">{t('agreement.sign.consequence')}</Text>
            <TextInput
              label={t('agreement.sign.position')}
              description={t('agreement.sign.positionDescription')}
              required
              name="position"
              autoComplete="organization-title"
              data-autofocus
              value={position}
              error={errorOf('position')}
              onChange={(event) => {
                setPosition(event.currentTarget.value);
                clear('position');
              }}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={fetching}>
                {t('agreement.sign.cancel')}
              </Button>
              <Button type="submit" loading={fetching}>
                {t('agreement.sign.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
