import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inboxResult } from '../test/placement-fixtures';
import { renderApp } from '../test/render-app';
import { coordinator, hostContact, learner, viewerResult } from '../test/viewer-fixtures';

describe('signed-in layout', () => {
  it('sends a signed-out visitor to the sign-in page', async () => {
    const { router } = renderApp({ graphql: { AppLayoutRouteQuery: viewerResult(null) } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('sends a sending-organisation coordinator to the organisations app', async () => {
    renderApp({ graphql: { AppLayoutRouteQuery: viewerResult(coordinator) } });
    expect(await screen.findByRole('heading', { level: 1, name: 'No host institution' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mobilis for organisations' }).getAttribute('href')).toBe(
      '/org/',
    );
    expect(screen.queryByRole('link', { name: 'Mobilis for participants' })).toBeNull();
  });

  it('sends a participant to the participants app', async () => {
    renderApp({ graphql: { AppLayoutRouteQuery: viewerResult(learner) } });
    expect(await screen.findByRole('link', { name: 'Mobilis for participants' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('signs out and returns to the sign-in page', async () => {
    renderApp({
      graphql: {
        AppLayoutRouteQuery: viewerResult(hostContact),
        InboxRouteQuery: inboxResult(hostContact, []),
        UseSignOut_SignOut: {
          data: { __typename: 'Mutation', signOut: { __typename: 'SignOutPayload', signedOut: true } },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
  });
});
