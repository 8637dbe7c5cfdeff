import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { useValidationMessage } from '../forms/use-validation-message';
import { type AgreementActionOutcome, agreementActionOutcome } from './agreement-action-outcome';

const CommentMutation = graphql(`
  mutation AskForChangesButton_Comment($input: CommentOnLearningAgreementInput!) {
    commentOnLearningAgreement(input: $input) {
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

// The workflow's rule (learning-agreement-workflow `comment`): a request says what should change,
// in at least 3 characters.
const MIN_COMMENT_LENGTH = 3;

export interface AskForChangesButtonProps {
  mobilityId: string;
  /** The hash of the proposal on screen: the request is about exactly what the participant read. */
  proposalHash: string;
  onOutcome: (outcome: AgreementActionOutcome) => void;
}

/** Instead of signing, the participant says what should change; the sender then revises. */
export function AskForChangesButton({ mobilityId, proposalHash, onOutcome }: AskForChangesButtonProps) {
  const { t } = useTranslation('participant');
  const translate = useValidationMessage();
  const [{ fetching }, comment] = useMutation(CommentMutation);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setOpen(false);
    setError(null);
  };
  const submit = async () => {
    const trimmed = text.trim();
    if (trimmed.length < MIN_COMMENT_LENGTH) {
      setError(t('agreement.askForChanges.required'));
      return;
    }
    const result = await comment({ input: { mobilityId, as: 'PARTICIPANT', proposalHash, text: trimmed } });
    const outcome = agreementActionOutcome(result.data?.commentOnLearningAgreement, result.error);
    // Problems with the text stay in the dialog, next to the field.
    if (outcome.kind === 'invalid' && outcome.fieldErrors[0]) {
      setError(translate(outcome.fieldErrors[0]));
      return;
    }
    if (outcome.kind === 'refused' && outcome.code === 'COMMENT_REQUIRED') {
      setError(t('agreement.askForChanges.required'));
      return;
    }
    if (outcome.kind === 'done') setText('');
    close();
    onOutcome(outcome);
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('agreement.askForChanges.button')}
      </Button>
      <Modal opened={open} onClose={close} title={t('agreement.askForChanges.dialogTitle')}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <Textarea
              label={t('agreement.askForChanges.label')}
              description={t('agreement.askForChanges.description')}
              required
              rows={4}
              maxLength={4000}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                setError(null);
              }}
              error={error}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={fetching}>
                {t('forms.cancel')}
              </Button>
              <Button type="submit" loading={fetching}>
                {t('agreement.askForChanges.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
