import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { requestsOf } from '../test/form-helpers';
import { inboxResult, sessionStartingLater } from '../test/placement-fixtures';
import { renderApp } from '../test/render-app';
import { hostContact, viewerResult } from '../test/viewer-fixtures';

const acceptResult = (acceptInvitation: Record<string, unknown>) => ({
  data: { __typename: 'Mutation', acceptInvitation },
});

function accept(name: string, password = '') {
  fireEvent.change(screen.getByLabelText('Your name'), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('Password (optional)'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Accept invitation' }));
}

describe('invitation page', () => {
  it('accepts the invitation, which signs the person in, and opens the inbox', async () => {
    const session = sessionStartingLater(hostContact);
    const acceptInvitation = () => {
      session.begin();
      return acceptResult({
        __typename: 'SignInPayload',
        viewer: { __typename: 'Viewer', id: hostContact.id },
      });
    };
    const { requests, router } = renderApp({
      path: '/invitation?token=invite-token',
      graphql: { ...session.graphql, AcceptInvitationForm_AcceptInvitation: acceptInvitation },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accept your invitation' })).toBeTruthy();
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('');
    expect(
      screen.getByText(/Without a password, you sign in with single-use links we e-mail you/),
    ).toBeTruthy();
    accept('  Lucía Martínez ', 'a long enough password');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Lucía Martínez' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
    expect(requestsOf(requests, 'AcceptInvitationForm_AcceptInvitation')[0]?.body.variables).toEqual({
      input: { token: 'invite-token', displayName: 'Lucía Martínez', password: 'a long enough password' },
    });
  });

  it('sends no password when none is chosen, and checks name and password length first', async () => {
    const { requests } = renderApp({
      path: '/invitation?token=invite-token',
      graphql: {
        AcceptInvitationForm_AcceptInvitation: acceptResult({
          __typename: 'SignInPayload',
          viewer: { __typename: 'Viewer', id: hostContact.id },
        }),
        AppLayoutRouteQuery: viewerResult(hostContact),
        InboxRouteQuery: inboxResult(hostContact, []),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Accept your invitation' });
    accept('   ', 'short');
    expect(await screen.findByText('Fill in this field.')).toBeTruthy();
    expect(screen.getByText(/Choose a password of at least 10 characters/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Your name'));
    expect(requestsOf(requests, 'AcceptInvitationForm_AcceptInvitation')).toHaveLength(0);

    accept('Lucía Martínez');
    await waitFor(() =>
      expect(requestsOf(requests, 'AcceptInvitationForm_AcceptInvitation')).toHaveLength(1),
    );
    expect(requestsOf(requests, 'AcceptInvitationForm_AcceptInvitation')[0]?.body.variables).toEqual({
      input: { token: 'invite-token', displayName: 'Lucía Martínez', password: null },
    });
  });

  it('says when the link is no longer valid and offers a sign-in link instead', async () => {
    const { requests } = renderApp({
      path: '/invitation?token=used-token',
      graphql: {
        AcceptInvitationForm_AcceptInvitation: acceptResult({
          __typename: 'InvalidLinkError',
          message: 'This link is no longer valid. Ask for a new one.',
        }),
        SignInLinkRequestForm_RequestSignInLink: {
          data: {
            __typename: 'Mutation',
            requestSignInLink: { __typename: 'SignInLinkRequestedPayload', requested: true },
          },
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Accept your invitation' });
    accept('Lucía Martínez');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This invitation link is no longer valid');
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to sign-in' }).getAttribute('href')).toBe('/sign-in');

    fireEvent.change(screen.getByLabelText('E-mail'), {
      target: { value: 'mentor@talleres-valencia.example' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send sign-in link' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'If this address has an account, we have sent a link. It works once and for 60 minutes.',
    );
    expect(requestsOf(requests, 'SignInLinkRequestForm_RequestSignInLink')[0]?.body.variables).toEqual({
      input: { email: 'mentor@talleres-valencia.example', app: 'host' },
    });
  });

  it('treats a link without a token as invalid', async () => {
    renderApp({ path: '/invitation', graphql: {} });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This invitation link is no longer valid',
    );
  });

  it('speaks German', async () => {
    renderApp({ path: '/invitation?token=t', graphql: {}, lng: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Einladung annehmen' })).toBeTruthy();
    expect(screen.getByLabelText('Passwort (optional)')).toBeTruthy();
  });
});
