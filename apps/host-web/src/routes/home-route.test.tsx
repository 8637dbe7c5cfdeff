import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';
import { hostContact, viewerResult } from '../test/viewer-fixtures';

const signedIn = {
  AppLayoutRouteQuery: viewerResult(hostContact),
  HomeRouteQuery: viewerResult(hostContact),
};

describe('home page', () => {
  it('shows the signed-in person and their host institution in the header', async () => {
    renderApp({ graphql: signedIn });
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByText('Lucía Martínez')).toBeTruthy();
    expect(within(banner).getByText('Talleres Valencia S.L.')).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('welcomes the person and lists their host institutions with city and country', async () => {
    renderApp({ graphql: signedIn });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Lucía Martínez' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { name: 'Talleres Valencia S.L.' })).toBeTruthy();
    expect(within(card).getByText('Valencia')).toBeTruthy();
    expect(within(card).getByText('Spain')).toBeTruthy();
  });

  it('speaks German, country names included', async () => {
    renderApp({ graphql: signedIn, lng: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen, Lucía Martínez' })).toBeTruthy();
    expect(within(screen.getByRole('article')).getByText('Spanien')).toBeTruthy();
  });
});
