import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  apiGrant,
  mobility,
  mobilityDetailResult,
  organisationNode,
} from '../features/mobilities/testing/mobility-fixtures';
import { renderApp } from '../test/render-app';
import { coordinator, viewerResult } from '../test/viewer-fixtures';

const signedIn = {
  AppLayoutRouteQuery: viewerResult(coordinator),
  HomeRouteQuery: viewerResult(coordinator),
  MobilityNewRouteQuery: { data: { __typename: 'Query', organisation: organisationNode } },
};

// Intl separates currency with a no-break space; compare with ordinary spaces.
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

const requestsOf = (requests: ReturnType<typeof renderApp>['requests'], operationName: string) =>
  requests.filter((request) => request.body.operationName === operationName);

const preview = {
  data: {
    __typename: 'Query',
    mobilityGrantPreview: {
      __typename: 'MobilityGrantPreview',
      currentTotalCents: null,
      differenceCents: null,
      grant: apiGrant(),
    },
  },
};

function change(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function chooseParticipant(name: string) {
  fireEvent.click(screen.getByRole('combobox', { name: /^Participant/ }));
  fireEvent.click(await screen.findByRole('option', { name }));
}

/** Jonas Weber job-shadowing at Talleres Valencia, 2 to 13 March 2026, 2 travel days. */
async function planJobShadowing() {
  await screen.findByRole('heading', { level: 1, name: 'New mobility' });
  change(/^Project/, 'project-vet');
  await chooseParticipant('Jonas Weber (staff)');
  change(/^Host institution/, 'org-talleres');
  change(/^Activity type/, 'SM-JOB-SHDW');
  change(/^Start date/, '2026-03-02');
  change(/^End date/, '2026-03-13');
  change('Travel days', '2');
}

describe('new mobility', () => {
  it('offers only the activity types of the project’s action', async () => {
    renderApp({ path: '/mobilities/new', graphql: signedIn });
    await screen.findByRole('heading', { level: 1, name: 'New mobility' });
    const activity = screen.getByLabelText(/^Activity type/) as HTMLSelectElement;
    expect(activity.disabled).toBe(true);
    change(/^Project/, 'project-vet');
    const names = [...activity.options].map((option) => option.textContent);
    expect(names).toContain('Job shadowing (SM-JOB-SHDW)');
    expect(names).toContain('Short-term learning mobility of VET learners (LM-SHORT-VET)');
    expect(names).not.toContain('Student mobility for studies (HE-SMS)');
    expect(names).not.toContain('Group mobility of school pupils (LM-GRP-PUPIL)');
  });

  it('shows a rule problem in the browser and sends nothing', async () => {
    const { requests } = renderApp({ path: '/mobilities/new', graphql: signedIn });
    await planJobShadowing();
    // Job shadowing lasts 2 to 60 days; a single day is too short.
    change(/^End date/, '2026-03-02');
    const endDate = screen.getByLabelText(/^End date/);
    expect(endDate.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByText('The number of activity days is outside what this activity type allows.');
    expect(endDate.getAttribute('aria-describedby')).toContain(error.id);
    expect(screen.getByText('Allowed: 2–60 activity days.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save mobility' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Please correct the highlighted fields.',
    );
    expect(requestsOf(requests, 'MobilityForm_CreateMobility')).toHaveLength(0);
    expect(screen.getByText('The grant is shown once the form is complete and correct.')).toBeTruthy();
  });

  it('says what is missing when saved empty', async () => {
    const { requests } = renderApp({ path: '/mobilities/new', graphql: signedIn });
    await screen.findByRole('heading', { level: 1, name: 'New mobility' });
    fireEvent.click(screen.getByRole('button', { name: 'Save mobility' }));
    expect(await screen.findByText('Choose a host institution first.')).toBeTruthy();
    expect(screen.getByLabelText(/^Start date/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/^Project/).getAttribute('aria-invalid')).toBe('true');
    expect(requestsOf(requests, 'MobilityForm_CreateMobility')).toHaveLength(0);
  });

  it('previews the grant from the server, saves, and opens the new mobility', async () => {
    const { router, requests } = renderApp({
      path: '/mobilities/new',
      graphql: {
        ...signedIn,
        MobilityGrantPreview_Preview: preview,
        MobilityForm_CreateMobility: {
          data: {
            __typename: 'Mutation',
            createMobility: {
              __typename: 'MobilityPayload',
              mobility: mobility({ status: 'DRAFT', version: 1 }),
            },
          },
        },
        MobilityDetailRouteQuery: mobilityDetailResult(mobility({ status: 'DRAFT', version: 1 })),
      },
    });
    await planJobShadowing();
    const total = await screen.findByRole('status');
    await waitFor(() => expect(plain(total.textContent)).toBe('Total grant: €2,347.00'));
    const table = screen.getByRole('table', { name: 'Grant lines for this mobility' });
    expect(plain(table.textContent)).toContain(
      'Travel band 500–1,999 km, standard travel: €309.00 per participant (call 2024+ table).',
    );
    const previewInput = requestsOf(requests, 'MobilityGrantPreview_Preview').at(-1)?.body.variables?.input;
    expect(previewInput).toEqual({
      projectId: 'project-vet',
      participantId: 'participant-jonas',
      hostOrganisationId: 'org-talleres',
      facts: {
        activityType: 'SM_JOB_SHDW',
        plannedStartDate: '2026-03-02',
        plannedEndDate: '2026-03-13',
        travelDays: 2,
        greenTravel: false,
        officialDistanceKm: null,
        courseFeeDays: 0,
        accompanyingPerson: false,
        zeroGrant: false,
        forceMajeure: false,
        organisationalSupportNotRequested: false,
      },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Save mobility' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'MOB-00001: Jonas Weber' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/mobilities/mob-1');
    expect(requestsOf(requests, 'MobilityForm_CreateMobility')[0]?.body.variables).toEqual({
      input: previewInput,
    });
  });

  it('puts the server’s field errors on the fields they name', async () => {
    renderApp({
      path: '/mobilities/new',
      graphql: {
        ...signedIn,
        MobilityGrantPreview_Preview: preview,
        MobilityForm_CreateMobility: {
          data: {
            __typename: 'Mutation',
            createMobility: {
              __typename: 'ValidationError',
              fieldErrors: [
                {
                  __typename: 'FieldError',
                  path: ['hostOrganisationId'],
                  code: 'HOST_NOT_IN_DIRECTORY',
                  message: 'Choose a host institution from your directory.',
                },
                {
                  __typename: 'FieldError',
                  path: ['plannedStartDate'],
                  code: 'DATES_OUTSIDE_PROJECT',
                  message: 'The mobility must take place within the project’s dates.',
                },
              ],
            },
          },
        },
      },
    });
    await planJobShadowing();
    fireEvent.click(screen.getByRole('button', { name: 'Save mobility' }));
    expect(await screen.findByText('Choose a host institution from your directory.')).toBeTruthy();
    expect(screen.getByLabelText(/^Host institution/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/^Start date/).getAttribute('aria-invalid')).toBe('true');
    expect(
      within(screen.getByRole('alert')).getByText('Please correct the highlighted fields.'),
    ).toBeTruthy();
  });
});
