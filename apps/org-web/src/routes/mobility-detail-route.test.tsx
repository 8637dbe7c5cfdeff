import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  answer,
  emailDelivery,
  event,
  mobility,
  mobilityDetailResult,
} from '../features/mobilities/testing/mobility-fixtures';
import { renderApp } from '../test/render-app';
import { coordinator, krakow, viewerResult } from '../test/viewer-fixtures';

const signedIn = {
  AppLayoutRouteQuery: viewerResult(coordinator),
  HomeRouteQuery: viewerResult(coordinator),
};

// Intl separates currency with a no-break space; compare with ordinary spaces.
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

const requestsOf = (requests: ReturnType<typeof renderApp>['requests'], operationName: string) =>
  requests.filter((request) => request.body.operationName === operationName);

function lineRow(category: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Grant lines for this mobility' });
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByText(category, { selector: 'p' }));
  if (!row) throw new Error(`no ${category} line`);
  return row;
}

const payload = (node: ReturnType<typeof mobility>) => ({ __typename: 'MobilityPayload', mobility: node });

describe('mobility page', () => {
  it('shows the facts, the status and the grant explained line by line', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: { ...signedIn, MobilityDetailRouteQuery: mobilityDetailResult() },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'MOB-00001: Jonas Weber' })).toBeTruthy();
    expect(screen.getByText('Proposed')).toBeTruthy();
    expect(screen.getByText('Talleres Valencia S.L., Valencia (Spain)')).toBeTruthy();
    expect(screen.getByText('Job shadowing (SM-JOB-SHDW)')).toBeTruthy();
    expect(screen.getByText('1,650 km (official)')).toBeTruthy();

    expect(screen.getByRole('heading', { level: 2, name: 'Grant' })).toBeTruthy();
    const travel = lineRow('Travel');
    expect(plain(travel.textContent)).toContain(
      'Travel band 500–1,999 km, standard travel: €309.00 per participant (call 2024+ table).',
    );
    expect(plain(travel.textContent)).toContain('1 × €309.00');
    expect(within(travel).getByText('Unconfirmed figure')).toBeTruthy();
    const support = lineRow('Individual support');
    expect(plain(support.textContent)).toContain('14 × €117.00');
    expect(within(support).queryByText('Unconfirmed figure')).toBeNull();
    expect(plain(screen.getByText(/^Total grant:/).textContent)).toBe('Total grant: €2,347.00');
    expect(screen.getByText(/^ka1-sch-vet-adu-2024\.r1/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Check these points' })).toBeTruthy();
  });

  it('tells the history with translated events and the grant difference of a change', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: { ...signedIn, MobilityDetailRouteQuery: mobilityDetailResult() },
    });
    const history = (await screen.findByRole('heading', { name: 'History' })).closest(
      'section',
    ) as HTMLElement;
    const items = within(history).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Mobility planned',
      'Mobility changed',
      'Placement proposed to the host',
    ]);
    expect(plain(items[1]?.textContent)).toContain('Grant €2,227.00 → €2,347.00 (+€120.00)');
    expect(plain(items[1]?.textContent)).toContain('by Anna Becker');
    expect(plain(items[2]?.textContent)).toContain('Draft → Proposed');
  });

  it('offers only the actions the viewer may take now', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: mobilityDetailResult(mobility({ availableActions: ['CANCEL_MOBILITY'] })),
      },
    });
    const actions = await screen.findByRole('region', { name: 'What you can do' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Cancel mobility']);
    // A proposed mobility's facts can still be changed.
    expect(within(actions).getByRole('link', { name: 'Edit mobility' }).getAttribute('href')).toBe(
      '/mobilities/mob-1/edit',
    );
    expect(screen.queryByRole('button', { name: 'Propose placement' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Return to draft' })).toBeNull();
  });

  it('offers nothing on a completed mobility', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: mobilityDetailResult(
          mobility({ status: 'COMPLETED', availableActions: [] }),
        ),
      },
    });
    expect(await screen.findByText('Completed')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'What you can do' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel mobility' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit mobility' })).toBeNull();
  });

  it('cancels only with a reason and an explicit confirmation', async () => {
    let cancelledNow = false;
    const { requests } = renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: answer(() =>
          mobilityDetailResult(
            cancelledNow
              ? mobility({
                  status: 'CANCELLED',
                  version: 4,
                  availableActions: [],
                  cancellationReason: 'Host closed.',
                })
              : mobility(),
          ),
        ),
        CancelMobilityButton_CancelMobility: answer(() => {
          cancelledNow = true;
          return {
            data: {
              __typename: 'Mutation',
              cancelMobility: payload(mobility({ status: 'CANCELLED', version: 4, availableActions: [] })),
            },
          };
        }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel mobility' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel mobility' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel mobility' }));
    expect(await within(dialog).findByText('Give a reason.')).toBeTruthy();
    expect(within(dialog).getByText('Confirm that you want to cancel this mobility.')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText(/^Reason/), { target: { value: 'Host closed.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel mobility' }));
    expect(within(dialog).getByText('Confirm that you want to cancel this mobility.')).toBeTruthy();
    expect(requestsOf(requests, 'CancelMobilityButton_CancelMobility')).toHaveLength(0);

    fireEvent.click(within(dialog).getByLabelText('Force majeure (circumstances beyond anyone’s control)'));
    fireEvent.click(within(dialog).getByLabelText('I understand that this cannot be undone.'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel mobility' }));
    expect(await screen.findByText('The mobility was cancelled.')).toBeTruthy();
    expect(requestsOf(requests, 'CancelMobilityButton_CancelMobility')[0]?.body.variables).toEqual({
      input: { mobilityId: 'mob-1', expectedVersion: 3, reason: 'Host closed.', forceMajeure: true },
    });
    // The page reloads the mobility: it is cancelled now, with nothing left to do.
    expect(await screen.findByText('Cancelled')).toBeTruthy();
    expect(screen.getByText('Host closed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel mobility' })).toBeNull();
  });

  it('says someone else changed the mobility, and reloads it', async () => {
    const { requests } = renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: mobilityDetailResult(
          mobility({ status: 'DRAFT', availableActions: ['PROPOSE_PLACEMENT', 'CANCEL_MOBILITY'] }),
        ),
        ProposePlacementButton_ProposePlacement: {
          data: {
            __typename: 'Mutation',
            proposePlacement: { __typename: 'StaleVersionError', currentVersion: 4 },
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Propose placement' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Someone else changed this mobility in the meantime. It has been reloaded',
    );
    expect(requestsOf(requests, 'ProposePlacementButton_ProposePlacement')[0]?.body.variables).toEqual({
      input: { mobilityId: 'mob-1', expectedVersion: 3 },
    });
    await waitFor(() => expect(requestsOf(requests, 'MobilityDetailRouteQuery')).toHaveLength(2));
  });

  it('proposes a declined placement to another host of the directory', async () => {
    const { requests } = renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: mobilityDetailResult(
          mobility({
            status: 'DECLINED',
            availableActions: ['PROPOSE_PLACEMENT', 'RETURN_TO_DRAFT', 'CANCEL_MOBILITY'],
          }),
        ),
        ProposePlacementButton_ProposePlacement: {
          data: {
            __typename: 'Mutation',
            proposePlacement: payload(mobility({ version: 4, hostOrganisation: krakow })),
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Propose placement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Propose to another host' });
    const host = within(dialog).getByLabelText(/^Host institution/) as HTMLSelectElement;
    // The host that declined is not offered again.
    expect([...host.options].map((option) => option.value)).toEqual(['', 'org-ced-krakow']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Propose placement' }));
    expect(await within(dialog).findByText('Choose a host institution first.')).toBeTruthy();
    fireEvent.change(host, { target: { value: 'org-ced-krakow' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Propose placement' }));
    expect(await screen.findByText('The placement was proposed to the host.')).toBeTruthy();
    expect(requestsOf(requests, 'ProposePlacementButton_ProposePlacement')[0]?.body.variables).toEqual({
      input: { mobilityId: 'mob-1', expectedVersion: 3, hostOrganisationId: 'org-ced-krakow' },
    });
  });

  it('explains why the lifecycle refused an action', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: mobilityDetailResult(
          mobility({ status: 'DECLINED', availableActions: ['RETURN_TO_DRAFT'] }),
        ),
        ReturnToDraftButton_ReturnMobilityToDraft: {
          data: {
            __typename: 'Mutation',
            returnMobilityToDraft: {
              __typename: 'InvalidTransitionError',
              code: 'ILLEGAL_TRANSITION',
              fromStatus: 'DRAFT',
              message: 'RETURN_TO_DRAFT is not possible while the mobility is DRAFT.',
            },
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Return to draft' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This is not possible while the mobility is Draft.',
    );
  });

  it('says when the mobility is not there', async () => {
    renderApp({
      path: '/mobilities/nope',
      graphql: { ...signedIn, MobilityDetailRouteQuery: mobilityDetailResult(null) },
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This mobility does not exist, or it is not one of your organisation’s.',
    );
  });
});

const sectionOf = async (heading: string) =>
  (await screen.findByRole('heading', { level: 2, name: heading })).closest('section') as HTMLElement;

/** The value next to a label of a description list (`<dt>` → `<dd>`). */
const valueNextTo = (section: HTMLElement, label: string) =>
  plain(within(section).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent);

describe('mobility page: what the host decided and confirmed', () => {
  const completed = mobility({
    status: 'COMPLETED',
    availableActions: [],
    hostMentor: {
      __typename: 'Mentor',
      name: 'Marta Sánchez',
      role: 'Workshop lead',
      email: 'marta@talleres.example',
      phone: '+34 611 222 333',
    },
    actualStartDate: '2026-03-03',
    actualEndDate: '2026-03-13',
    attendance: {
      __typename: 'Attendance',
      attendanceDays: 10,
      interruptionDays: 1,
      interruptionNote: 'Ill on 9 March.',
    },
    hostOutcomes: {
      __typename: 'HostOutcomes',
      outcomes: [
        {
          __typename: 'OutcomeAssessment',
          title: 'Diagnose engine faults',
          achievement: 'ACHIEVED',
          comment: 'Works on his own.',
        },
        {
          __typename: 'OutcomeAssessment',
          title: 'Talk to customers in Spanish',
          achievement: 'PARTLY_ACHIEVED',
          comment: null,
        },
      ],
      skills: {
        __typename: 'SkillsDescription',
        jobRelated: 'Electronic diagnosis of diesel engines.',
        language: 'Spanish, A2 in the workshop.',
        digital: null,
        organisational: null,
        communication: null,
        other: null,
      },
    },
  });

  it('shows the mentor, the actual dates against the plan, the attendance and the outcomes', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: { ...signedIn, MobilityDetailRouteQuery: mobilityDetailResult(completed) },
    });
    const decision = await sectionOf('Host decision');
    expect(within(decision).getByText('The host confirmed the placement.')).toBeTruthy();
    // The mentor's name is plain text; e-mail and phone are links.
    const name = within(decision).getByText('Marta Sánchez');
    expect(name.closest('a')).toBeNull();
    expect(within(decision).getByText('Workshop lead')).toBeTruthy();
    expect(
      within(decision)
        .getByRole('link', { name: 'E-mail Marta Sánchez: marta@talleres.example' })
        .getAttribute('href'),
    ).toBe('mailto:marta@talleres.example');
    expect(
      within(decision)
        .getByRole('link', { name: /^Call Marta Sánchez/ })
        .getAttribute('href'),
    ).toBe('tel:+34611222333');

    expect(valueNextTo(decision, 'Planned dates')).toContain('Mar 2, 2026 – Mar 13, 2026');
    expect(valueNextTo(decision, 'Actual start (arrival)')).toContain(
      'Mar 3, 2026, 1 day later than planned',
    );
    expect(valueNextTo(decision, 'Actual end (departure)')).toContain('Mar 13, 2026, as planned');
    expect(valueNextTo(decision, 'Attendance')).toContain('10 days attended, 1 day of interruption');
    expect(within(decision).getByText('Ill on 9 March.')).toBeTruthy();

    const outcomes = within(decision).getByRole('table', { name: 'Learning outcomes' });
    const rows = within(outcomes)
      .getAllByRole('row')
      .slice(1)
      .map((row) => plain(row.textContent));
    expect(rows).toEqual([
      'Diagnose engine faultsAchievedWorks on his own.',
      'Talk to customers in SpanishPartly achieved',
    ]);
    expect(valueNextTo(decision, 'Job-related skills')).toContain('Electronic diagnosis of diesel engines.');
    expect(valueNextTo(decision, 'Language skills')).toContain('Spanish, A2 in the workshop.');
    expect(within(decision).queryByText('Digital skills')).toBeNull();
    // The facts no longer repeat the actual dates.
    const facts = await sectionOf('Facts');
    expect(within(facts).queryByText('Mar 3, 2026', { exact: false })).toBeNull();
  });

  it('shows the reason when the host declined, and no mentor', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: mobilityDetailResult(
          mobility({
            status: 'DECLINED',
            availableActions: ['PROPOSE_PLACEMENT', 'RETURN_TO_DRAFT', 'CANCEL_MOBILITY'],
            declineReason: 'No workshop capacity in March.',
          }),
        ),
      },
    });
    const decision = await sectionOf('Host decision');
    expect(within(decision).getByText('The host declined the placement.')).toBeTruthy();
    expect(valueNextTo(decision, 'Reason given by the host')).toContain('No workshop capacity in March.');
    expect(within(decision).queryByRole('heading', { name: 'Mentor at the host' })).toBeNull();
    expect(within(decision).queryByRole('heading', { name: 'Dates and attendance' })).toBeNull();
  });

  it('says the host has not decided yet, and that outcomes are still to come once the participant is there', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: { ...signedIn, MobilityDetailRouteQuery: mobilityDetailResult() },
    });
    const decision = await sectionOf('Host decision');
    expect(
      within(decision).getByText('Waiting for the host to confirm or decline the placement.'),
    ).toBeTruthy();
    expect(
      within(decision).queryByRole('heading', { name: 'Learning outcomes assessed by the host' }),
    ).toBeNull();
  });

  it('lists the e-mails about the mobility with their delivery status', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: mobilityDetailResult(
          mobility({
            emailDeliveries: [
              emailDelivery({
                kind: 'DATES_CONFIRMED',
                recipientEmail: 'anna.becker@example.org',
                subject: 'Arrival confirmed: Jonas Weber',
                status: 'PENDING',
                attempts: 0,
                createdAt: '2026-03-03T09:00:00.000Z',
                sentAt: null,
              }),
              emailDelivery({
                kind: 'PLACEMENT_DECIDED',
                recipientEmail: 'anna.becker@example.org',
                subject: 'Placement confirmed: Jonas Weber',
                status: 'PENDING',
                attempts: 2,
                lastError: '451 4.7.1 Try again later',
                createdAt: '2026-01-20T10:00:00.000Z',
                sentAt: null,
              }),
              emailDelivery({
                recipientEmail: 'old-address@talleres.example',
                status: 'FAILED',
                attempts: 6,
                lastError: '550 5.1.1 Mailbox unknown',
                createdAt: '2026-01-15T08:15:00.000Z',
                sentAt: null,
              }),
              emailDelivery(),
            ],
          }),
        ),
      },
    });
    const emails = await sectionOf('E-mails');
    const table = within(emails).getByRole('table', { name: 'E-mails about this mobility' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => plain(cell.textContent));
    expect(rows.map((row) => plain(within(row).getByRole('rowheader').textContent))).toEqual([
      'Arrival or departure confirmedArrival confirmed: Jonas Weber',
      'The host’s decisionPlacement confirmed: Jonas Weber',
      'Placement proposed to the hostNew placement proposed: Jonas Weber',
      'Placement proposed to the hostNew placement proposed: Jonas Weber',
    ]);
    expect(cells(rows[0] as HTMLElement).slice(0, 2)).toEqual(['anna.becker@example.org', 'Queued']);
    expect(cells(rows[1] as HTMLElement)[1]).toBe(
      'Retrying (attempt 2)Last error: 451 4.7.1 Try again later',
    );
    expect(cells(rows[2] as HTMLElement).slice(0, 2)).toEqual([
      'old-address@talleres.example',
      'FailedLast error: 550 5.1.1 Mailbox unknown',
    ]);
    expect(cells(rows[2] as HTMLElement)[3]).toBe('Not yet');
    expect(cells(rows[3] as HTMLElement).slice(0, 2)).toEqual(['lucia@talleres.example', 'Sent']);
    expect(cells(rows[3] as HTMLElement)[3]).not.toBe('Not yet');
    expect(within(emails).getByText(/^At least one e-mail could not be delivered/)).toBeTruthy();
  });

  it('says when no e-mail was sent yet', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: { ...signedIn, MobilityDetailRouteQuery: mobilityDetailResult() },
    });
    const emails = await sectionOf('E-mails');
    expect(within(emails).getByText('No e-mail has been sent about this mobility yet.')).toBeTruthy();
  });

  it('shows no e-mail section when the API does not show the deliveries to the viewer', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: mobilityDetailResult(mobility({ emailDeliveries: null })),
      },
    });
    await sectionOf('Host decision');
    expect(screen.queryByRole('heading', { level: 2, name: 'E-mails' })).toBeNull();
  });

  it('shows the grant difference of every event that recalculated it, with the host’s steps translated', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: mobilityDetailResult(
          mobility({
            ...completed,
            timeline: [
              event('PLACEMENT_PROPOSED', '2026-01-15T08:15:00.000Z', {
                from: 'DECLINED',
                to: 'PROPOSED',
                hostOrganisationId: 'org-ced-krakow',
                totalCentsBefore: 222_700,
                totalCentsAfter: 234_700,
              }),
              event(
                'PLACEMENT_CONFIRMED',
                '2026-01-20T10:00:00.000Z',
                { from: 'PROPOSED', to: 'CONFIRMED', mentorName: 'Marta Sánchez' },
                'Lucía Martínez',
              ),
              event('LEARNING_AGREEMENT_CONCLUDED', '2026-02-01T10:00:00.000Z', {
                from: 'CONFIRMED',
                to: 'AGREED',
              }),
              event(
                'ARRIVAL_CONFIRMED',
                '2026-03-03T09:00:00.000Z',
                {
                  from: 'AGREED',
                  to: 'ONGOING',
                  actualStartDate: '2026-03-03',
                  totalCentsBefore: 234_700,
                  totalCentsAfter: 223_000,
                },
                'Lucía Martínez',
              ),
              event('OUTCOMES_RECORDED', '2026-03-12T15:00:00.000Z', { outcomes: 2 }, 'Lucía Martínez'),
              event(
                'DEPARTURE_CONFIRMED',
                '2026-03-13T16:00:00.000Z',
                {
                  from: 'ONGOING',
                  to: 'COMPLETED',
                  actualEndDate: '2026-03-13',
                  attendanceDays: 10,
                  interruptionDays: 1,
                },
                'Lucía Martínez',
              ),
              event('MOBILITY_CLOSED', '2026-04-01T10:00:00.000Z', { from: 'COMPLETED', to: 'CLOSED' }),
            ],
          }),
        ),
      },
    });
    const history = await sectionOf('History');
    const items = within(history).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Placement proposed to the host',
      'Placement confirmed by the host',
      'Learning agreement concluded',
      'Arrival confirmed',
      'Learning outcomes recorded by the host',
      'Departure confirmed',
      'Mobility closed',
    ]);
    expect(plain(items[0]?.textContent)).toContain('Grant €2,227.00 → €2,347.00 (+€120.00)');
    expect(plain(items[1]?.textContent)).toContain('Mentor: Marta Sánchez');
    expect(plain(items[1]?.textContent)).toContain('by Lucía Martínez');
    expect(plain(items[3]?.textContent)).toContain('Grant €2,347.00 → €2,230.00 (-€117.00)');
    expect(plain(items[3]?.textContent)).toContain('Actual start: Mar 3, 2026');
    expect(plain(items[4]?.textContent)).toContain('2 learning outcomes assessed');
    expect(plain(items[5]?.textContent)).toContain('Actual end: Mar 13, 2026');
    expect(plain(items[5]?.textContent)).toContain('10 days attended');
    expect(plain(items[5]?.textContent)).not.toContain('Grant');
  });
});
