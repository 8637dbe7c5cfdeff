import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { requiredText } from '@mobilis/domain/validation/common-fields';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { parseField, useFieldErrors } from '../forms/use-field-errors';
import { type AgreementFormProps, agreementMutationOutcome } from './agreement-mutation-outcome';

const CommentOnLearningAgreementMutation = graphql(`
  mutation CommentAgreementForm_CommentOnLearningAgreement($input: CommentOnLearningAgreementInput!) {
    commentOnLearningAgreement(input: $input) {
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

const textSchema = requiredText(4000);
/** The workflow wants a few words at least (COMMENT_REQUIRED below 3 characters). */
const MIN_LENGTH = 3;

export interface CommentAgreementFormProps extends AgreementFormProps {
  /** Called with the text sent, once the API took the comment. */
  onCommented: (text: string) => void;
}

/**
 * "Ask for changes" instead of signing: the comment goes to the sending organisation and clears
 * every approval of the proposal, which the sending organisation then revises.
 */
export function CommentAgreementForm(props: CommentAgreementFormProps) {
  const { mobilityId, proposalHash, onOutcome, onCommented } = props;
  const { t } = useTranslation('host');
  const [{ fetching }, commentOnLearningAgreement] = useMutation(CommentOnLearningAgreementMutation);
  const [opened, setOpened] = useState(false);
  // Closing with an outcome leaves focus to the notice on the page (a problem takes it).
  const [returnFocus, setReturnFocus] = useState(true);
  const [text, setText] = useState('');
  const { formRef, report, reportServerErrors, errorOf, clear } = useFieldErrors();

  const close = () => {
    setOpened(false);
    report({});
  };
  const submit = async () => {
    const parsed = parseField('text', textSchema, text);
    if (parsed.ok && parsed.data.length < MIN_LENGTH) {
      report({ text: { code: 'COMMENT_TOO_SHORT', message: t('agreement.comment.tooShort') } });
      return;
    }
    report(parsed.ok ? {} : parsed.errors);
    if (!parsed.ok) return;
    const result = await commentOnLearningAgreement({
      input: { mobilityId, proposalHash, text: parsed.data },
    });
    const outcome = agreementMutationOutcome(
      result.data?.commentOnLearningAgreement,
      result.error,
      (errors) => reportServerErrors(errors, (path) => path === 'text'),
    );
    if (outcome.kind === 'invalid' && outcome.unshown.length === 0) return;
    setReturnFocus(false);
    setOpened(false);
    if (outcome.kind === 'ok') {
      onCommented(parsed.data);
      setText('');
    }
    onOutcome(outcome);
  };

  return (
    <>
      <Button
        variant="default"
        onClick={() => {
          setReturnFocus(true);
          setOpened(true);
        }}
      >
        {t('agreement.comment.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        returnFocus={returnFocus}
        title={t('agreement.comment.dialogTitle')}
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
            <Text size="sm">{t('agreement.comment.intro')}</Text>
            <Textarea
              label={t('agreement.comment.text')}
              description={t('agreement.comment.textDescription')}
              required
              rows={4}
              resize="vertical"
              name="text"
              data-autofocus
              value={text}
              error={errorOf('text')}
              onChange={(event) => {
                setText(event.currentTarget.value);
                clear('text');
              }}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={fetching}>
                {t('agreement.comment.cancel')}
              </Button>
              <Button type="submit" loading={fetching}>
                {t('agreement.comment.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
