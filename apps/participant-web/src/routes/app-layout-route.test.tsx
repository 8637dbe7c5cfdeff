import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';
import { coordinator, hostContact, learner, viewerResult } from '../test/viewer-fixtures';

describe('signed-in layout', () => {
  it('sends a signed-out visitor to the sign-in page', async () => {
    const { router } = renderApp({ graphql: { AppLayoutRouteQuery: viewerResult(null) } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('sends a coordinator to the organisations app', async () => {
    renderApp({ graphql: { AppLayoutRouteQuery: viewerResult(coordinator) } });
    expect(await screen.findByRole('heading', { level: 1, name: 'No participant record' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mobilis for organisations' }).getAttribute('href')).toBe(
      '/org/',
    );
  });

  it('sends a host contact to the host institutions app', async () => {
    renderApp({ graphql: { AppLayoutRouteQuery: viewerResult(hostContact) } });
    expect(
      (await screen.findByRole('link', { name: 'Mobilis for host institutions' })).getAttribute('href'),
    ).toBe('/host/');
  });

  it('signs out and returns to the sign-in page', async () => {
    renderApp({
      graphql: {
        AppLayoutRouteQuery: viewerResult(learner),
        HomeRouteQuery: viewerResult(learner),
        UseSignOut_SignOut: {
          data: { __typename: 'Mutation', signOut: { __typename: 'SignOutPayload', signedOut: true } },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
  });
});
