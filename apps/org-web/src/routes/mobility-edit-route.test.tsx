import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  answer,
  apiGrant,
  domainGrant,
  jobShadowingFacts,
  mobility,
  organisationNode,
} from '../features/mobilities/testing/mobility-fixtures';
import { renderApp } from '../test/render-app';
import { coordinator, viewerResult } from '../test/viewer-fixtures';

const signedIn = {
  AppLayoutRouteQuery: viewerResult(coordinator),
  HomeRouteQuery: viewerResult(coordinator),
};

// Intl separates currency with a no-break space; compare with ordinary spaces.
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

const requestsOf = (requests: ReturnType<typeof renderApp>['requests'], operationName: string) =>
  requests.filter((request) => request.body.operationName === operationName);

const editResult = (node: ReturnType<typeof mobility>) => ({
  data: { __typename: 'Query', organisation: organisationNode, mobility: node },
});

/** The server's preview: one more day (to 14 March) is the 15th funded day, paid at 70 %: +€81.90. */
const longerStay = domainGrant({ ...jobShadowingFacts, endDate: '2026-03-14' });
const savedTotal = domainGrant().totalCents;
const previewResult = (differenceCents: number) => ({
  data: {
    __typename: 'Query',
    mobilityGrantPreview: {
      __typename: 'MobilityGrantPreview',
      currentTotalCents: savedTotal,
      differenceCents,
      grant: apiGrant(differenceCents === 0 ? domainGrant() : longerStay),
    },
  },
});

describe('edit mobility', () => {
  it('is filled from the saved mobility, with project and host locked once proposed', async () => {
    renderApp({
      path: '/mobilities/mob-1/edit',
      graphql: {
        ...signedIn,
        MobilityEditRouteQuery: editResult(mobility()),
        MobilityGrantPreview_Preview: previewResult(0),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit MOB-00001' })).toBeTruthy();
    expect((screen.getByLabelText(/^Project/) as HTMLSelectElement).disabled).toBe(true);
    const host = screen.getByLabelText(/^Host institution/) as HTMLSelectElement;
    expect(host.value).toBe('org-talleres');
    expect(host.disabled).toBe(true);
    expect((screen.getByLabelText(/^Activity type/) as HTMLSelectElement).value).toBe('SM-JOB-SHDW');
    expect((screen.getByLabelText(/^End date/) as HTMLInputElement).value).toBe('2026-03-13');
    expect((screen.getByLabelText('Official distance (km, one way)') as HTMLInputElement).value).toBe('1650');
    expect(screen.getByText(/Current great-circle suggestion: 1,432 km\./)).toBeTruthy();
    expect(await screen.findByText(/^Same as the saved grant/)).toBeTruthy();
  });

  it('shows the grant difference before saving, highlighted when the dates change', async () => {
    const { requests } = renderApp({
      path: '/mobilities/mob-1/edit',
      graphql: {
        ...signedIn,
        MobilityEditRouteQuery: editResult(mobility()),
        MobilityGrantPreview_Preview: answer((request) =>
          previewResult(
            (request.body.variables as { input: { facts: { plannedEndDate: string } } }).input.facts
              .plannedEndDate === '2026-03-14'
              ? longerStay.totalCents - savedTotal
              : 0,
          ),
        ),
      },
    });
    await screen.findByText(/^Same as the saved grant/);
    fireEvent.change(screen.getByLabelText(/^End date/), { target: { value: '2026-03-14' } });
    const difference = await screen.findByText(/compared with the saved grant$/);
    expect(plain(difference.textContent)).toBe('+€81.90 compared with the saved grant');
    expect(screen.getByText('You changed the dates or the host, so the grant changes.')).toBeTruthy();
    expect(plain(screen.getByRole('status').textContent)).toBe('Total grant: €2,428.90');
    const last = requestsOf(requests, 'MobilityGrantPreview_Preview').at(-1);
    expect(last?.body.variables?.input).toMatchObject({ mobilityId: 'mob-1', projectId: 'project-vet' });
  });

  it('saves with the version it was read at and opens the mobility', async () => {
    const { router, requests } = renderApp({
      path: '/mobilities/mob-1/edit',
      graphql: {
        ...signedIn,
        MobilityEditRouteQuery: editResult(mobility()),
        MobilityGrantPreview_Preview: previewResult(0),
        MobilityForm_UpdateMobility: {
          data: {
            __typename: 'Mutation',
            updateMobility: { __typename: 'MobilityPayload', mobility: mobility({ version: 4 }) },
          },
        },
        MobilityDetailRouteQuery: {
          data: { __typename: 'Query', mobility: mobility({ version: 4 }), organisation: organisationNode },
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Edit MOB-00001' });
    fireEvent.click(screen.getByRole('switch', { name: 'Green travel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save mobility' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'MOB-00001: Jonas Weber' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/mobilities/mob-1');
    const input = requestsOf(requests, 'MobilityForm_UpdateMobility')[0]?.body.variables?.input;
    expect(input).toMatchObject({
      mobilityId: 'mob-1',
      expectedVersion: 3,
      participantId: 'participant-jonas',
      hostOrganisationId: 'org-talleres',
      facts: { activityType: 'SM_JOB_SHDW', greenTravel: true, officialDistanceKm: 1650 },
    });
    expect(input).not.toHaveProperty('projectId');
  });

  it('says someone else changed the mobility and reloads it into the form', async () => {
    let version = 3;
    const { requests } = renderApp({
      path: '/mobilities/mob-1/edit',
      graphql: {
        ...signedIn,
        MobilityEditRouteQuery: answer(() =>
          editResult(version === 3 ? mobility() : mobility({ version, travelDays: 4 })),
        ),
        MobilityGrantPreview_Preview: previewResult(0),
        MobilityForm_UpdateMobility: answer(() => {
          version = 4;
          return {
            data: {
              __typename: 'Mutation',
              updateMobility: { __typename: 'StaleVersionError', currentVersion: 4 },
            },
          };
        }),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Edit MOB-00001' });
    fireEvent.change(screen.getByLabelText('Travel days'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save mobility' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Someone else changed this mobility in the meantime. It has been reloaded',
    );
    // The form starts over from the other person's version.
    await waitFor(() => expect((screen.getByLabelText('Travel days') as HTMLInputElement).value).toBe('4'));
    expect(requestsOf(requests, 'MobilityEditRouteQuery')).toHaveLength(2);
  });
});
