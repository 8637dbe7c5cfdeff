import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { requestsOf } from '../test/form-helpers';
import { sessionStartingLater } from '../test/placement-fixtures';
import { renderApp } from '../test/render-app';
import { hostContact } from '../test/viewer-fixtures';

const signInWithLinkResult = (signInWithLink: Record<string, unknown>) => ({
  data: { __typename: 'Mutation', signInWithLink },
});

const linkRequested = {
  data: {
    __typename: 'Mutation',
    requestSignInLink: { __typename: 'SignInLinkRequestedPayload', requested: true },
  },
};

describe('sign-in link page', () => {
  it('signs in with the link’s token at once, showing progress, then opens the inbox', async () => {
    const session = sessionStartingLater(hostContact);
    const signInWithLink = async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      session.begin();
      return signInWithLinkResult({
        __typename: 'SignInPayload',
        viewer: { __typename: 'Viewer', id: hostContact.id },
      });
    };
    const { requests, router } = renderApp({
      path: '/sign-in-link?token=link-token',
      // As in main.tsx: React runs the page's effects twice, and the single-use link must go once.
      strictMode: true,
      graphql: { ...session.graphql, SignInLinkRoute_SignInWithLink: signInWithLink },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Signing you in…' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Checking your sign-in link.');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Lucía Martínez' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
    const sent = requestsOf(requests, 'SignInLinkRoute_SignInWithLink');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body.variables).toEqual({ input: { token: 'link-token' } });
  });

  it('says when the link is no longer valid, with the way back to sign-in', async () => {
    renderApp({
      path: '/sign-in-link?token=used-token',
      graphql: {
        SignInLinkRoute_SignInWithLink: signInWithLinkResult({
          __typename: 'InvalidLinkError',
          message: 'This link is no longer valid. Ask for a new one.',
        }),
      },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This sign-in link is no longer valid' }),
    ).toBeTruthy();
    expect(screen.getByText(/Sign-in links work once and for 60 minutes/)).toBeTruthy();
    const back = screen.getByRole('link', { name: 'Back to sign-in' });
    expect(back.getAttribute('href')).toBe('/sign-in?with=link');
    fireEvent.click(back);
    expect(await screen.findByRole('button', { name: 'Send sign-in link' })).toBeTruthy();
  });

  it('offers to try again when Mobilis cannot be reached', async () => {
    const { requests } = renderApp({
      path: '/sign-in-link?token=link-token',
      graphql: { SignInLinkRoute_SignInWithLink: { errors: [{ message: 'Internal server error' }] } },
    });
    expect((await screen.findByRole('alert')).textContent).toContain('We could not reach Mobilis');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(requestsOf(requests, 'SignInLinkRoute_SignInWithLink')).toHaveLength(2));
  });
});

describe('asking for a sign-in link on the sign-in page', () => {
  it('sends the link request for this app and always gives the same answer', async () => {
    const { requests } = renderApp({
      path: '/sign-in',
      graphql: { SignInLinkRequestForm_RequestSignInLink: linkRequested },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'E-mail me a sign-in link' }));
    expect(screen.queryByLabelText('Password')).toBeNull();
    fireEvent.change(screen.getByLabelText('E-mail'), {
      target: { value: ' Mentor@Talleres-Valencia.example' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send sign-in link' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'If this address has an account, we have sent a link. It works once and for 60 minutes.',
    );
    expect(requestsOf(requests, 'SignInLinkRequestForm_RequestSignInLink')[0]?.body.variables).toEqual({
      input: { email: 'mentor@talleres-valencia.example', app: 'host' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Sign in with a password instead' }));
    expect(await screen.findByLabelText('Password')).toBeTruthy();
  });

  it('checks the e-mail address in the browser', async () => {
    const { requests } = renderApp({ path: '/sign-in?with=link', graphql: {} });
    fireEvent.change(await screen.findByLabelText('E-mail'), { target: { value: 'not an address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send sign-in link' }));
    expect(await screen.findByText('Enter a valid e-mail address.')).toBeTruthy();
    expect(screen.getByLabelText('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(requests).toHaveLength(0);
  });
});
