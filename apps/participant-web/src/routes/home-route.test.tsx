import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';
import { learner, viewerResult } from '../test/viewer-fixtures';

const signedIn = {
  AppLayoutRouteQuery: viewerResult(learner),
  HomeRouteQuery: viewerResult(learner),
};

describe('home page', () => {
  it('shows the signed-in participant and their sending organisation in the header', async () => {
    renderApp({ graphql: signedIn });
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByText('Lena Fischer')).toBeTruthy();
    expect(within(banner).getByText('Berufskolleg Rhein-Ruhr')).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('welcomes the participant and shows who sends them, and as what', async () => {
    renderApp({ graphql: signedIn });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Lena Fischer' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { name: 'Berufskolleg Rhein-Ruhr' })).toBeTruthy();
    expect(within(card).getByText('Germany')).toBeTruthy();
    expect(within(card).getByText('Learner')).toBeTruthy();
  });

  it('speaks German', async () => {
    renderApp({ graphql: signedIn, lng: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen, Lena Fischer' })).toBeTruthy();
    expect(within(screen.getByRole('article')).getByText('Lernende Person')).toBeTruthy();
  });
});
