import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  answer,
  mobility,
  mobilityListResult,
  organisationNode,
} from '../features/mobilities/testing/mobility-fixtures';
import { renderApp } from '../test/render-app';
import { coordinator, krakow, viewerResult } from '../test/viewer-fixtures';

const signedIn = {
  AppLayoutRouteQuery: viewerResult(coordinator),
  HomeRouteQuery: viewerResult(coordinator),
};

// Intl separates currency with a no-break space; compare with ordinary spaces.
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

const proposed = mobility();
const draft = mobility({
  id: 'mob-2',
  reference: 'MOB-00002',
  status: 'DRAFT',
  participant: {
    __typename: 'Participant',
    id: 'participant-lena',
    displayName: 'Lena Fischer',
    category: 'LEARNER',
  },
  activityType: 'LM_SHORT_VET',
  hostOrganisation: krakow,
});
const cancelled = mobility({ id: 'mob-3', reference: 'MOB-00003', status: 'CANCELLED' });

function row(reference: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Mobilities' });
  const found = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('link', { name: reference }));
  if (!found) throw new Error(`no row for ${reference}`);
  return found;
}

const listRequests = (requests: ReturnType<typeof renderApp>['requests']) =>
  requests.filter((request) => request.body.operationName === 'MobilityListRouteQuery');

describe('mobilities list', () => {
  it('is reachable from the navigation', async () => {
    renderApp({ graphql: { ...signedIn, MobilityListRouteQuery: mobilityListResult([proposed]) } });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Mobilities' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mobilities' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Mobilities' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows each mobility with its status, activity, host, dates and grant', async () => {
    renderApp({
      path: '/mobilities',
      graphql: { ...signedIn, MobilityListRouteQuery: mobilityListResult([proposed, draft]) },
    });
    await screen.findByRole('table', { name: 'Mobilities' });
    const first = row('MOB-00001');
    expect(within(first).getByText('Proposed')).toBeTruthy();
    expect(within(first).getByText('Jonas Weber')).toBeTruthy();
    expect(within(first).getByText('Job shadowing (SM-JOB-SHDW)')).toBeTruthy();
    expect(within(first).getByText('Talleres Valencia S.L., Spain')).toBeTruthy();
    expect(plain(first.textContent)).toContain('Mar 2, 2026 – Mar 13, 2026');
    expect(plain(first.textContent)).toContain('€2,347.00');
    expect(within(first).getByRole('link', { name: 'MOB-00001' }).getAttribute('href')).toBe(
      '/mobilities/mob-1',
    );
    const second = row('MOB-00002');
    expect(within(second).getByText('Draft')).toBeTruthy();
    expect(
      within(second).getByText('Short-term learning mobility of VET learners (LM-SHORT-VET)'),
    ).toBeTruthy();
    expect(within(second).getByText('Centrum Edukacji Dorosłych, Poland')).toBeTruthy();
  });

  it('loads the next page after the last cursor with “Load more”', async () => {
    const { requests } = renderApp({
      path: '/mobilities',
      graphql: {
        ...signedIn,
        MobilityListRouteQuery: answer((request) =>
          request.body.variables?.after === 'cursor-mob-2'
            ? mobilityListResult([cancelled])
            : mobilityListResult([proposed, draft], true),
        ),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'MOB-00003' })).toBeTruthy();
    expect(within(row('MOB-00003')).getByText('Cancelled')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /^MOB-/ }).map((link) => link.textContent)).toEqual([
      'MOB-00001',
      'MOB-00002',
      'MOB-00003',
    ]);
    const [first, next] = listRequests(requests);
    expect(first?.body.variables).toMatchObject({ first: 25, after: null });
    expect(next?.body.variables).toMatchObject({ first: 25, after: 'cursor-mob-2' });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('keeps the filters in the URL and sends them as the filter variable', async () => {
    const { router, requests } = renderApp({
      path: '/mobilities',
      graphql: { ...signedIn, MobilityListRouteQuery: mobilityListResult([proposed]) },
    });
    await screen.findByRole('table', { name: 'Mobilities' });
    fireEvent.change(screen.getByLabelText('Project'), { target: { value: 'project-vet' } });
    fireEvent.change(screen.getByLabelText('Host country'), { target: { value: 'ES' } });
    fireEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Draft' }));
    fireEvent.change(screen.getByLabelText('Participant name'), { target: { value: 'jon' } });
    // The name reaches the URL (and the API) once typing pauses.
    await waitFor(() => expect(router.state.location.search).toContain('participant=jon'));
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('project')).toBe('project-vet');
    expect(search.get('country')).toBe('ES');
    expect(search.getAll('status')).toEqual(['DRAFT']);
    await waitFor(() =>
      expect(listRequests(requests).at(-1)?.body.variables?.filter).toEqual({
        projectId: 'project-vet',
        statuses: ['DRAFT'],
        hostCountry: 'ES',
        participantName: 'jon',
      }),
    );
  });

  it('reads statuses, activity, period and sort from a shared link', async () => {
    const { requests } = renderApp({
      path: '/mobilities?status=PROPOSED&status=DRAFT&activity=SM-JOB-SHDW&from=2026-01-01&to=2026-06-30&sort=name-desc',
      graphql: { ...signedIn, MobilityListRouteQuery: mobilityListResult([proposed]) },
    });
    await screen.findByRole('table', { name: 'Mobilities' });
    expect(listRequests(requests)[0]?.body.variables).toMatchObject({
      filter: {
        statuses: ['PROPOSED', 'DRAFT'],
        activityTypes: ['SM_JOB_SHDW'],
        from: '2026-01-01',
        to: '2026-06-30',
      },
      sortBy: 'PARTICIPANT_NAME',
      sortDirection: 'DESC',
    });
    expect((screen.getByLabelText('Activity type') as HTMLSelectElement).value).toBe('SM-JOB-SHDW');
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('name-desc');
  });

  it('says when no mobility matches, and clears the filters', async () => {
    const { router } = renderApp({
      path: '/mobilities?country=FR',
      graphql: {
        ...signedIn,
        MobilityListRouteQuery: answer((request) =>
          request.body.variables?.filter ? mobilityListResult([]) : mobilityListResult([proposed]),
        ),
      },
    });
    expect(await screen.findByRole('heading', { name: 'No mobilities match these filters' })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement);
    expect(await screen.findByRole('link', { name: 'MOB-00001' })).toBeTruthy();
    expect(router.state.location.search).toBe('');
  });

  it('invites to plan the first mobility when there is none', async () => {
    const { router } = renderApp({
      path: '/mobilities',
      graphql: {
        ...signedIn,
        MobilityListRouteQuery: mobilityListResult([]),
        MobilityNewRouteQuery: { data: { __typename: 'Query', organisation: organisationNode } },
      },
    });
    expect(
      await screen.findByRole('heading', { name: 'No mobilities yet — plan the first one' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New mobility' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'New mobility' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/mobilities/new');
  });
});
