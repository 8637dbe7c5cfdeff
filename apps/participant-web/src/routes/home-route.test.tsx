import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mobility, mobilityResult } from '../test/mobility-fixtures';
import { renderApp } from '../test/render-app';
import { learner, learnerWithMobilities, viewerResult } from '../test/viewer-fixtures';

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
    const sentBy = screen.getByRole('region', { name: 'Sent by' });
    const card = within(sentBy).getByRole('article');
    expect(within(card).getByRole('heading', { name: 'Berufskolleg Rhein-Ruhr' })).toBeTruthy();
    expect(within(card).getByText('Germany')).toBeTruthy();
    expect(within(card).getByText('Learner')).toBeTruthy();
  });

  it('speaks German', async () => {
    renderApp({ graphql: signedIn, lng: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen, Lena Fischer' })).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Entsandt von' })).getByText('Lernende Person'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Meine Mobilitäten' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Meine Mobilitäten' })).toBeTruthy();
  });

  it('lists my mobilities as cards: status, host, place, dates and who sends me, linking to each', async () => {
    const viewer = learnerWithMobilities([
      mobility(),
      mobility({
        id: 'mob-2',
        reference: 'MOB-00002',
        status: 'DRAFT',
        hostOrganisation: null,
        plannedStartDate: '2026-09-01',
        plannedEndDate: '2026-09-30',
      }),
    ]);
    const { router } = renderApp({
      graphql: {
        AppLayoutRouteQuery: viewerResult(viewer),
        HomeRouteQuery: viewerResult(viewer),
        MobilityRouteQuery: mobilityResult(mobility()),
      },
    });
    const list = await screen.findByRole('region', { name: 'My mobilities' });
    const [first, second] = within(list).getAllByRole('article');
    if (!first || !second) throw new Error('expected two cards');
    expect(
      within(first).getByRole('heading', { level: 3, name: 'MOB-00001: Talleres Valencia S.L.' }),
    ).toBeTruthy();
    expect(within(first).getByText('Agreed')).toBeTruthy();
    expect(within(first).getByText('Short-term learning mobility of VET learners')).toBeTruthy();
    expect(within(first).getByText('Valencia, Spain')).toBeTruthy();
    expect(within(first).getByText('Mar 2, 2026 – Mar 14, 2026')).toBeTruthy();
    expect(within(first).getByText('Berufskolleg Rhein-Ruhr')).toBeTruthy();
    expect(within(second).getByRole('heading', { level: 3, name: 'MOB-00002' })).toBeTruthy();
    expect(within(second).getByText('Being planned')).toBeTruthy();
    expect(within(second).getByText('Host not chosen yet')).toBeTruthy();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'My mobilities' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(
      within(first).getByRole('link', { name: 'MOB-00001: Talleres Valencia S.L.' }).getAttribute('href'),
    ).toBe('/mobilities/mob-1');
    fireEvent.click(within(first).getByRole('link', { name: 'MOB-00001: Talleres Valencia S.L.' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'MOB-00001: Talleres Valencia S.L.' }),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/mobilities/mob-1');
  });

  it('says so when no mobility is planned yet', async () => {
    renderApp({ graphql: signedIn });
    const list = await screen.findByRole('region', { name: 'My mobilities' });
    expect(within(list).getByText('No mobility yet')).toBeTruthy();
    expect(within(list).queryByRole('article')).toBeNull();
  });
});
