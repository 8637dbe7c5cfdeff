import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import persistedDocuments from '../gql/persisted-documents.json';
import { inboxResult } from '../test/placement-fixtures';
import { renderApp } from '../test/render-app';
import { hostContact, viewerResult } from '../test/viewer-fixtures';

function signInAs(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

const signInResult = (signIn: Record<string, unknown>) => ({ data: { __typename: 'Mutation', signIn } });

describe('sign-in page', () => {
  it('says so, and moves focus there, when e-mail or password is wrong', async () => {
    renderApp({
      path: '/sign-in',
      graphql: {
        SignInRoute_SignIn: signInResult({
          __typename: 'InvalidCredentialsError',
          message: 'Invalid credentials',
        }),
      },
    });
    signInAs('mentor@talleres-valencia.example', 'wrong');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('E-mail or password is incorrect');
    expect(document.activeElement).toBe(alert);
  });

  it('shows the server’s field errors on the fields', async () => {
    renderApp({
      path: '/sign-in',
      graphql: {
        SignInRoute_SignIn: signInResult({
          __typename: 'ValidationError',
          message: 'Invalid input',
          fieldErrors: [{ __typename: 'FieldError', path: ['email'], message: 'Too long' }],
        }),
      },
    });
    signInAs('mentor@talleres-valencia.example', 'mobilis-demo');
    expect(await screen.findByText('Too long')).toBeTruthy();
    expect(screen.getByLabelText('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Please correct the highlighted fields');
  });

  it('shows a generic message when the server cannot be reached', async () => {
    renderApp({
      path: '/sign-in',
      graphql: { SignInRoute_SignIn: { errors: [{ message: 'Internal server error' }] } },
    });
    signInAs('mentor@talleres-valencia.example', 'mobilis-demo');
    expect((await screen.findByRole('alert')).textContent).toContain('We could not reach Mobilis');
  });

  it('signs in, then shows the start page with freshly loaded data', async () => {
    let signedIn = false;
    const currentViewer = () => viewerResult(signedIn ? hostContact : null);
    const inbox = () => inboxResult(signedIn ? hostContact : null, []);
    const acceptSignIn = () => {
      signedIn = true;
      return signInResult({
        __typename: 'SignInPayload',
        viewer: { __typename: 'Viewer', id: hostContact.id },
      });
    };
    const { requests } = renderApp({
      path: '/',
      graphql: {
        AppLayoutRouteQuery: currentViewer,
        InboxRouteQuery: inbox,
        SignInRoute_SignIn: acceptSignIn,
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    signInAs('mentor@talleres-valencia.example', 'mobilis-demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Lucía Martínez' })).toBeTruthy();
    const signInRequest = requests.find((request) => request.body.operationName === 'SignInRoute_SignIn');
    expect(signInRequest?.body.variables).toEqual({
      input: { email: 'mentor@talleres-valencia.example', password: 'mobilis-demo' },
    });
    expect(requests.filter((request) => request.body.operationName === 'AppLayoutRouteQuery')).toHaveLength(
      2,
    );
  });

  it('sends only persisted documents: a JSON POST with the manifest hash and no query text', async () => {
    const { requests } = renderApp({
      path: '/sign-in',
      graphql: {
        SignInRoute_SignIn: signInResult({
          __typename: 'InvalidCredentialsError',
          message: 'Invalid credentials',
        }),
      },
    });
    signInAs('mentor@talleres-valencia.example', 'wrong');
    await waitFor(() => expect(requests).toHaveLength(1));
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['accept-language']).toBe('en');
    expect(request?.body.query).toBeUndefined();
    const hash = request?.body.extensions?.persistedQuery?.sha256Hash ?? '';
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((persistedDocuments as Record<string, string>)[hash]).toMatch(/^mutation SignInRoute_SignIn\(/);
  });
});
