import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';
import { coordinator, viewerResult } from '../test/viewer-fixtures';

const signedIn = {
  AppLayoutRouteQuery: viewerResult(coordinator),
  HomeRouteQuery: viewerResult(coordinator),
};

describe('home page', () => {
  it('shows the signed-in person and their organisation in the header', async () => {
    renderApp({ graphql: signedIn });
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByText('Anna Becker')).toBeTruthy();
    expect(within(banner).getByText('Berufskolleg Rhein-Ruhr')).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('welcomes the person and lists their memberships with country and role', async () => {
    renderApp({ graphql: signedIn });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Anna Becker' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { name: 'Berufskolleg Rhein-Ruhr' })).toBeTruthy();
    expect(within(card).getByText('Germany')).toBeTruthy();
    expect(within(card).getByText('Administrator')).toBeTruthy();
    expect(within(card).getByText('Current')).toBeTruthy();
  });

  it('speaks German, country names included', async () => {
    renderApp({ graphql: signedIn, lng: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen, Anna Becker' })).toBeTruthy();
    const card = screen.getByRole('article');
    expect(within(card).getByText('Deutschland')).toBeTruthy();
    expect(within(card).getByText('Administration')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeTruthy();
  });
});
