import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answer, mobility, mobilityDetailResult } from '../features/mobilities/testing/mobility-fixtures';
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
