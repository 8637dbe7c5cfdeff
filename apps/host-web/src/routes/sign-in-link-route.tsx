import { Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { CenteredPageLayout } from '@mobilis/ui/centered-page-layout';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useResetSession } from '../features/session/session-client-provider';
import { graphql } from '../gql/gql';

const SignInWithLinkMutation = graphql(`
  mutation SignInLinkRoute_SignInWithLink($input: SignInWithLinkInput!) {
    signInWithLink(input: $input) {
      __typename
      ... on SignInPayload {
        viewer {
          id
        }
      }
    }
  }
`);

type State = 'signingIn' | 'invalid' | 'failed';

/** Where an e-mailed sign-in link lands (`/host/sign-in-link?token=…`): signs in at once. */
export function SignInLinkRoute() {
  const { t } = useTranslation(['host', 'common']);
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const [, signInWithLink] = useMutation(SignInWithLinkMutation);
  const [state, setState] = useState<State>(token ? 'signingIn' : 'invalid');
  const sentFor = useRef<string | null>(null);

  const signIn = useCallback(async () => {
    setState('signingIn');
    const result = await signInWithLink({ input: { token } });
    const payload = result.data?.signInWithLink;
    if (payload?.__typename === 'SignInPayload') {
      resetSession();
      navigate('/', { replace: true });
      return;
    }
    setState(payload?.__typename === 'InvalidLinkError' ? 'invalid' : 'failed');
  }, [token, signInWithLink, resetSession, navigate]);

  useEffect(() => {
    // A link works once: never send it twice, not even when React runs effects again in development.
    if (!token || sentFor.current === token) return;
    sentFor.current = token;
    void signIn();
  }, [token, signIn]);

  const title = {
    signingIn: t('host:access.signInLink.signingIn'),
    invalid: t('host:access.signInLink.invalidTitle'),
    failed: t('common:signIn.failedTitle'),
  }[state];
  return (
    <CenteredPageLayout appTitle={t('common:appNames.host')} title={title}>
      <title>{t('host:pageTitle.signInLink')}</title>
      {state === 'signingIn' ? (
        <Center role="status" aria-live="polite" py="md">
          <Stack gap="xs" align="center">
            <Loader aria-hidden />
            <Text size="sm" c="dimmed">
              {t('host:access.signInLink.pleaseWait')}
            </Text>
          </Stack>
        </Center>
      ) : null}
      {state === 'invalid' ? (
        <Stack gap="md" align="flex-start">
          <Text>{t('host:access.signInLink.invalid')}</Text>
          <Anchor component={Link} to="/sign-in?with=link">
            {t('host:access.backToSignIn')}
          </Anchor>
        </Stack>
      ) : null}
      {state === 'failed' ? (
        <Stack gap="md" align="flex-start">
          <ErrorAlert title={null} focusOnMount>
            {t('common:errors.generic')}
          </ErrorAlert>
          <Button variant="default" onClick={() => void signIn()}>
            {t('common:errors.retry')}
          </Button>
        </Stack>
      ) : null}
    </CenteredPageLayout>
  );
}
