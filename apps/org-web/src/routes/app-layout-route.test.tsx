import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentOrganisationStorageKey } from '../features/shell/viewer-shell';
import { renderApp } from '../test/render-app';
import { coordinator, learner, twoOrganisationsCoordinator, viewerResult } from '../test/viewer-fixtures';

describe('signed-in layout', () => {
  it('sends a signed-out visitor to the sign-in page', async () => {
    const { router } = renderApp({ graphql: { AppLayoutRouteQuery: viewerResult(null) } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('tells a participant this app is not theirs and where to go', async () => {
    renderApp({ graphql: { AppLayoutRouteQuery: viewerResult(learner) } });
    expect(await screen.findByRole('heading', { level: 1, name: 'No sending organisation' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mobilis for participants' }).getAttribute('href')).toBe(
      '/participant/',
    );
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('switches between the viewer’s organisations and remembers the choice', async () => {
    renderApp({
      graphql: {
        AppLayoutRouteQuery: viewerResult(twoOrganisationsCoordinator),
        HomeRouteQuery: viewerResult(twoOrganisationsCoordinator),
      },
    });
    const banner = await screen.findByRole('banner');
    // The name appears as header text and as an option of the switch; check the text.
    expect(within(banner).getByText('Berufskolleg Rhein-Ruhr', { selector: 'p' })).toBeTruthy();
    fireEvent.change(within(banner).getByLabelText('Organisation'), { target: { value: 'org-ced-krakow' } });
    expect(within(banner).getByText('Centrum Edukacji Dorosłych', { selector: 'p' })).toBeTruthy();
    expect(localStorage.getItem(currentOrganisationStorageKey)).toBe('org-ced-krakow');
  });

  it('signs out and returns to the sign-in page', async () => {
    const { requests } = renderApp({
      graphql: {
        AppLayoutRouteQuery: viewerResult(coordinator),
        HomeRouteQuery: viewerResult(coordinator),
        UseSignOut_SignOut: {
          data: { __typename: 'Mutation', signOut: { __typename: 'SignOutPayload', signedOut: true } },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(requests.some((request) => request.body.operationName === 'UseSignOut_SignOut')).toBe(true);
  });

  it('keeps the person signed in and says so when signing out fails', async () => {
    renderApp({
      graphql: {
        AppLayoutRouteQuery: viewerResult(coordinator),
        HomeRouteQuery: viewerResult(coordinator),
        UseSignOut_SignOut: { errors: [{ message: 'Internal server error' }] },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect((await screen.findByRole('alert')).textContent).toContain('We could not sign you out');
    expect(screen.getByRole('banner')).toBeTruthy();
  });

  it('offers to try again when the API cannot be reached', async () => {
    renderApp({ graphql: { AppLayoutRouteQuery: { errors: [{ message: 'Internal server error' }] } } });
    expect((await screen.findByRole('alert')).textContent).toContain('We could not reach Mobilis');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
