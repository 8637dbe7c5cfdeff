import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { emailField } from '@mobilis/domain/validation/common-fields';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { parseForm, useFieldErrors } from '../forms/use-field-errors';

const RequestSignInLinkMutation = graphql(`
  mutation SignInLinkRequestForm_RequestSignInLink($input: RequestSignInLinkInput!) {
    requestSignInLink(input: $input) {
      __typename
      ... on SignInLinkRequestedPayload {
        requested
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

type Outcome = 'sent' | 'failed' | null;

/**
 * Asks for a single-use sign-in link for this app. The API answers the same whether or not the
 * address has an account, and so does this form.
 */
export function SignInLinkRequestForm() {
  const { t } = useTranslation(['host', 'common']);
  const [{ fetching }, requestSignInLink] = useMutation(RequestSignInLinkMutation);
  const [email, setEmail] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const { formRef, report, errorOf, clear } = useFieldErrors();

  const submit = async () => {
    setOutcome(null);
    const parsed = parseForm(emailField, email);
    if (!parsed.ok) {
      // The schema checks the bare value, so its one error has an empty path.
      const [error] = Object.values(parsed.errors);
      report(error ? { email: error } : {});
      return;
    }
    report({});
    const result = await requestSignInLink({ input: { email: parsed.data, app: 'host' } });
    const payload = result.data?.requestSignInLink;
    if (payload?.__typename === 'ValidationError' && payload.fieldErrors[0]) {
      report({ email: payload.fieldErrors[0] });
      return;
    }
    setOutcome(payload?.__typename === 'SignInLinkRequestedPayload' ? 'sent' : 'failed');
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
        {outcome === 'failed' ? <ErrorAlert focusOnMount>{t('common:errors.generic')}</ErrorAlert> : null}
        <TextInput
          label={t('host:access.signInLink.email')}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          required
          withAsterisk={false}
          value={email}
          error={errorOf('email')}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            clear('email');
          }}
        />
        <Button type="submit" loading={fetching} fullWidth>
          {t('host:access.signInLink.submit')}
        </Button>
        {outcome === 'sent' ? (
          <Alert role="status" color="green" variant="light">
            {t('host:access.signInLink.sent')}
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}
