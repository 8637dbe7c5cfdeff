import { Button, Code, DataList, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { useValidationMessage } from '../forms/use-validation-message';
import { type AgreementOutcome, agreementOutcome } from './agreement-outcome';

const SignMutation = graphql(`
  mutation SignAgreementButton_SignLearningAgreement($input: SignLearningAgreementInput!) {
    signLearningAgreement(input: $input) {
      __typename
      ... on LearningAgreementPayload {
        mobility {
          id
          version
          status
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

/** Which app captured the signature (kept with it, as EWP's signer-app). */
export const SIGNING_APP = 'mobilis-org';

const POSITION_MAX = 200;

export interface SignAgreementButtonProps {
  mobilityId: string;
  /** The hash of the proposal on screen: the signature binds to exactly what the signer read. */
  proposalHash: string;
  proposedAt: string;
  organisationName: string;
  /** What is signed, one line each: the changes, or the learning outcomes of a first version. */
  summary: readonly { readonly key: string; readonly text: string }[];
  onOutcome: (outcome: AgreementOutcome) => void;
}

/**
 * Signing commits the organisation: a dialog shows what is signed (date and version code of the
 * proposal, its changes or outcomes) and asks for the signer's position, kept with the signature.
 */
export function SignAgreementButton(props: SignAgreementButtonProps) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const translate = useValidationMessage();
  const [{ fetching }, sign] = useMutation(SignMutation);
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState('');
  const [error, setError] = useState<string | undefined>();

  const close = () => {
    setOpen(false);
    setError(undefined);
  };
  const submit = async () => {
    const trimmed = position.trim();
    if (trimmed === '') return setError(t('learningAgreement.sign.positionRequired'));
    if (trimmed.length > POSITION_MAX) {
      return setError(translate({ code: 'TEXT_TOO_LONG', message: 'The text is too long.' }));
    }
    const result = await sign({
      input: {
        mobilityId: props.mobilityId,
        as: 'SENDING',
        proposalHash: props.proposalHash,
        position: trimmed,
        app: SIGNING_APP,
      },
    });
    const outcome = agreementOutcome(result.data?.signLearningAgreement, result.error);
    const positionError = outcome.kind === 'invalid' ? outcome.fieldErrors[0] : undefined;
    if (positionError && positionError.path.at(-1) === 'position') return setError(translate(positionError));
    close();
    props.onOutcome(outcome);
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('learningAgreement.sign.button')}</Button>
      <Modal opened={open} onClose={close} title={t('learningAgreement.sign.title')} size="lg">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <Text size="sm">
              {t('learningAgreement.sign.intro', { organisation: props.organisationName })}
            </Text>
            <DataList labelWidth="10rem" gap="xs">
              <DataList.Item>
                <DataList.ItemLabel>{t('learningAgreement.sign.proposedAt')}</DataList.ItemLabel>
                <DataList.ItemValue>
                  <time dateTime={props.proposedAt}>{format.dateTime(props.proposedAt)}</time>
                </DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>{t('learningAgreement.sign.hash')}</DataList.ItemLabel>
                <DataList.ItemValue>
                  <Code style={{ wordBreak: 'break-all' }}>{props.proposalHash}</Code>
                </DataList.ItemValue>
              </DataList.Item>
            </DataList>
            {props.summary.length > 0 ? (
              <List size="sm" spacing={4}>
                {props.summary.map((line) => (
                  <List.Item key={line.key}>{line.text}</List.Item>
                ))}
              </List>
            ) : null}
            <TextInput
              label={t('learningAgreement.sign.position')}
              description={t('learningAgreement.sign.positionDescription')}
              required
              maxLength={POSITION_MAX + 50}
              value={position}
              onChange={(event) => {
                setPosition(event.currentTarget.value);
                setError(undefined);
              }}
              error={error}
              data-autofocus
            />
            <Text size="sm" c="dimmed">
              {t('learningAgreement.sign.record')}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={fetching}>
                {t('forms.cancel')}
              </Button>
              <Button type="submit" loading={fetching}>
                {t('learningAgreement.sign.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
