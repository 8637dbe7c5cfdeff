import { Text } from '@mantine/core';
import { CenteredPageLayout } from '@mobilis/ui/centered-page-layout';
import {
  type SignInFieldErrors,
  SignInForm,
  type SignInValues,
  toSignInFieldErrors,
} from '@mobilis/ui/sign-in-form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResetSession } from '../features/session/session-client-provider';
import { graphql } from '../gql/gql';

const SignInMutation = graphql(`
  mutation SignInRoute_SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ... on SignInPayload {
        viewer {
          id
        }
      }
      ... on InvalidCredentialsError {
        message
      }
      ... on TooManyAttemptsError {
        message
      }
      ... on ValidationError {
        message
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

interface Outcome {
  error: string | null;
  fieldErrors: SignInFieldErrors;
}

const noOutcome: Outcome = { error: null, fieldErrors: {} };

/** Where the layout was sent away from, if it is a page of this app; else the start page. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/sign-in') ? from : '/';
}

export function SignInRoute() {
  const { t } = useTranslation(['participant', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const resetSession = useResetSession();
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const [outcome, setOutcome] = useState<Outcome>(noOutcome);

  const submit = async (input: SignInValues) => {
    setOutcome(noOutcome);
    const result = await signIn({ input });
    const payload = result.data?.signIn;
    switch (payload?.__typename) {
      case 'SignInPayload':
        // Start over with an empty cache before leaving: the signed-out `viewer: null` the layout
        // was redirected by must not greet the person who just signed in.
        resetSession();
        navigate(returnPath(location.state), { replace: true });
        return;
      case 'TooManyAttemptsError':
        setOutcome({ error: t('common:signIn.tooManyAttempts'), fieldErrors: {} });
        return;
      case 'InvalidCredentialsError':
        setOutcome({ error: t('common:signIn.invalidCredentials'), fieldErrors: {} });
        return;
      case 'ValidationError':
        setOutcome({
          error: t('common:signIn.validationFailed'),
          fieldErrors: toSignInFieldErrors(payload.fieldErrors),
        });
        return;
      default:
        setOutcome({ error: t('common:errors.generic'), fieldErrors: {} });
    }
  };

  return (
    <CenteredPageLayout appTitle={t('common:appNames.participant')} title={t('common:signIn.title')}>
      <title>{t('participant:pageTitle.signIn')}</title>
      <Text c="dimmed">{t('common:signIn.intro')}</Text>
      <SignInForm
        onSubmit={(values) => void submit(values)}
        submitting={fetching}
        error={outcome.error}
        fieldErrors={outcome.fieldErrors}
      />
    </CenteredPageLayout>
  );
}
