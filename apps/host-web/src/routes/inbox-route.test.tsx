import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agreement, proposal } from '../test/agreement-fixtures';
import { inboxResult, placement } from '../test/placement-fixtures';
import { renderApp } from '../test/render-app';
import { hostContact, viewerResult } from '../test/viewer-fixtures';

const placements = [
  placement({
    id: 'mob-proposed',
    participant: { __typename: 'Participant', displayName: 'Jonas Weber', category: 'STAFF' },
  }),
  placement({
    id: 'mob-agreed',
    status: 'AGREED',
    activityType: 'LM_LONG_VET',
    plannedStartDate: '2026-05-04',
    plannedEndDate: '2026-07-31',
    availableActions: ['CONFIRM_ARRIVAL'],
    participant: { __typename: 'Participant', displayName: 'Lena Fischer', category: 'LEARNER' },
  }),
  placement({
    id: 'mob-ongoing',
    status: 'ONGOING',
    activityType: 'LM_SHORT_VET',
    plannedStartDate: '2026-04-01',
    plannedEndDate: '2026-04-28',
    availableActions: ['CONFIRM_DEPARTURE'],
    participant: { __typename: 'Participant', displayName: 'Mehmet Yılmaz', category: 'LEARNER' },
  }),
];

const signedIn = (list = placements) => ({
  AppLayoutRouteQuery: viewerResult(hostContact),
  InboxRouteQuery: inboxResult(hostContact, list, { toDecide: 1, upcoming: 1, ongoing: 1, toConfirm: 0 }),
});

const section = (name: string) =>
  screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;

describe('inbox', () => {
  it('shows the signed-in person, their host institution and the app’s pages in the header', async () => {
    renderApp({ graphql: signedIn() });
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByText('Lucía Martínez')).toBeTruthy();
    expect(within(banner).getByText('Talleres Valencia S.L.')).toBeTruthy();
    const nav = within(banner).getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Inbox' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Organisation profile' }).getAttribute('href')).toBe(
      '/organisation',
    );
  });

  it('welcomes the person and counts what is to be done, as cards', async () => {
    const { requests } = renderApp({
      graphql: {
        ...signedIn(),
        InboxRouteQuery: inboxResult(hostContact, placements, {
          toDecide: 3,
          upcoming: 2,
          ongoing: 1,
          toConfirm: 1,
        }),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Lucía Martínez' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const counts = screen.getByRole('list', { name: 'At a glance' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['3To decide', '2Upcoming', '1Ongoing', '1Departures to confirm']);
    const inboxRequest = requests.find((request) => request.body.operationName === 'InboxRouteQuery');
    expect(inboxRequest?.body.variables).toEqual({ organisationId: 'org-talleres' });
  });

  it('sorts placements into sections, each row with who, role, activity, dates and sender', async () => {
    renderApp({ graphql: signedIn() });
    await screen.findByRole('heading', { level: 2, name: 'To decide' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'To decide',
      'Upcoming',
      'Ongoing',
      'Completed',
      'Calendar',
    ]);
    const toDecide = within(section('To decide')).getByRole('article');
    const link = within(toDecide).getByRole('link', { name: 'Jonas Weber' });
    expect(link.getAttribute('href')).toBe('/placements/mob-proposed');
    expect(within(toDecide).getByText('Staff')).toBeTruthy();
    expect(within(toDecide).getByText('Job shadowing')).toBeTruthy();
    expect(within(toDecide).getByText('Apr 13, 2026 – Apr 24, 2026')).toBeTruthy();
    expect(within(toDecide).getByText('Berufskolleg Rhein-Ruhr, Essen (Germany)')).toBeTruthy();

    const upcoming = within(section('Upcoming')).getByRole('article');
    expect(within(upcoming).getByRole('link', { name: 'Lena Fischer' })).toBeTruthy();
    expect(within(upcoming).getByText('Learner')).toBeTruthy();
    expect(within(upcoming).getByText('Agreed')).toBeTruthy();
    expect(
      within(upcoming).getByText('Long-term learning mobility of VET learners (ErasmusPro)'),
    ).toBeTruthy();

    const ongoing = within(section('Ongoing')).getByRole('article');
    expect(within(ongoing).getByRole('link', { name: 'Mehmet Yılmaz' })).toBeTruthy();
    expect(within(section('Completed')).getByText('No stays have ended yet.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Declined or cancelled' })).toBeNull();
  });

  it('marks an ongoing stay past its planned end as a departure to confirm', async () => {
    renderApp({
      graphql: signedIn([placement({ id: 'mob-late', status: 'ONGOING', plannedEndDate: '2020-01-31' })]),
    });
    await screen.findByRole('heading', { level: 2, name: 'Ongoing' });
    expect(within(section('Ongoing')).getByText('Departure to confirm')).toBeTruthy();
  });

  it('marks a placement whose learning agreement awaits the host’s signature', async () => {
    renderApp({
      graphql: signedIn([
        placement({
          id: 'mob-to-sign',
          status: 'CONFIRMED',
          availableActions: [],
          learningAgreement: agreement({ proposal: proposal() }),
        }),
        placement({ id: 'mob-agreed', status: 'AGREED', availableActions: [] }),
      ]),
    });
    await screen.findByRole('heading', { level: 2, name: 'Upcoming' });
    const [toSign, agreed] = within(section('Upcoming')).getAllByRole('article');
    expect(within(toSign as HTMLElement).getByText('Agreement to sign')).toBeTruthy();
    expect(within(agreed as HTMLElement).queryByText('Agreement to sign')).toBeNull();
  });

  it('says so when there is nothing in a section or in the calendar', async () => {
    renderApp({ graphql: signedIn([]) });
    expect(await screen.findByText('No placements are waiting for your decision.')).toBeTruthy();
    expect(screen.getByText('No participants are expected yet.')).toBeTruthy();
    expect(screen.getByText('Nobody is with you at the moment.')).toBeTruthy();
    expect(screen.getByText('No stays have ended yet.')).toBeTruthy();
    expect(within(section('Calendar')).getByText('Nobody is with you or expected.')).toBeTruthy();
  });

  it('lists current and upcoming participants by planned start, month by month', async () => {
    renderApp({ graphql: signedIn() });
    await screen.findByRole('heading', { level: 2, name: 'Calendar' });
    const calendar = section('Calendar');
    expect(
      within(calendar)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['April 2026', 'May 2026']);
    const names = within(calendar)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(names).toHaveLength(2);
    expect(names[0]).toContain('Mehmet Yılmaz');
    expect(names[1]).toContain('Lena Fischer');
    // A placement still to be decided is not expected yet.
    expect(within(calendar).queryByText('Jonas Weber')).toBeNull();
  });

  it('speaks German, with German dates and country names', async () => {
    renderApp({ graphql: signedIn(), lng: 'de' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Willkommen, Lucía Martínez' })).toBeTruthy();
    const toDecide = within(section('Zu entscheiden')).getByRole('article');
    expect(within(toDecide).getByText('13.04.2026 – 24.04.2026')).toBeTruthy();
    expect(within(toDecide).getByText('Berufskolleg Rhein-Ruhr, Essen (Deutschland)')).toBeTruthy();
    expect(within(toDecide).getByText('Personal')).toBeTruthy();
    expect(within(section('Kalender')).getByRole('heading', { name: 'April 2026' })).toBeTruthy();
  });
});
