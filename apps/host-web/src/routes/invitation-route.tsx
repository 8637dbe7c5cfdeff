import { Anchor, Stack, Text } from '@mantine/core';
import { CenteredPageLayout } from '@mobilis/ui/centered-page-layout';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AcceptInvitationForm } from '../features/access/accept-invitation-form';
import { SignInLinkRequestForm } from '../features/access/sign-in-link-request-form';
import { useResetSession } from '../features/session/session-client-provider';

/**
 * Where the invitation e-mail's link lands (`/host/invitation?token=…`), signed out. Accepting
 * signs the person in; a used or expired link offers a sign-in link instead.
 */
export function InvitationRoute() {
  const { t } = useTranslation(['host', 'common']);
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const [invalid, setInvalid] = useState(token === '');

  return (
    <CenteredPageLayout appTitle={t('common:appNames.host')} title={t('host:access.invitation.title')}>
      <title>{t('host:pageTitle.invitation')}</title>
      {invalid ? (
        <Stack gap="md">
          <ErrorAlert title={null} focusOnMount>
            {t('host:access.invitation.invalid')}
          </ErrorAlert>
          <Text size="sm">{t('host:access.invitation.askForLink')}</Text>
          <SignInLinkRequestForm />
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('host:access.backToSignIn')}
          </Anchor>
        </Stack>
      ) : (
        <>
          <Text c="dimmed">{t('host:access.invitation.intro')}</Text>
          <AcceptInvitationForm
            token={token}
            onAccepted={() => {
              // A fresh client: nothing cached while signed out (or as someone else) may show now.
              resetSession();
              navigate('/', { replace: true });
            }}
            onInvalidLink={() => setInvalid(true)}
          />
        </>
      )}
    </CenteredPageLayout>
  );
}
