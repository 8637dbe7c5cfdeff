import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { change, requestsOf } from '../../test/form-helpers';
import { hostMutationResult, payload, placement, placementDetailResult } from '../../test/placement-fixtures';
import { renderApp } from '../../test/render-app';
import { hostContact, viewerResult } from '../../test/viewer-fixtures';

const signedIn = { AppLayoutRouteQuery: viewerResult(hostContact) };

describe('confirming arrival and departure', () => {
  it('confirms the arrival on the planned start unless changed', async () => {
    const { requests } = renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(
          placement({ status: 'AGREED', version: 7, availableActions: ['CONFIRM_ARRIVAL'] }),
        ),
        ConfirmArrivalForm_ConfirmArrival: hostMutationResult(
          'confirmArrival',
          payload(placement({ status: 'ONGOING', version: 8, availableActions: ['CONFIRM_DEPARTURE'] })),
        ),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    const date = screen.getByLabelText(/Actual start date/) as HTMLInputElement;
    expect(date.value).toBe('2026-04-13');
    change(/Actual start date/, '2026-04-14');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm arrival' }));
    expect((await screen.findByRole('status')).textContent).toContain('Arrival confirmed.');
    expect(requestsOf(requests, 'ConfirmArrivalForm_ConfirmArrival')[0]?.body.variables).toEqual({
      input: { mobilityId: 'mob-1', expectedVersion: 7, actualStartDate: '2026-04-14' },
    });
  });

  it('confirms the departure with the attendance', async () => {
    const ongoing = placement({
      status: 'ONGOING',
      version: 8,
      actualStartDate: '2026-04-14',
      availableActions: ['CONFIRM_DEPARTURE'],
    });
    const { requests } = renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(ongoing),
        ConfirmDepartureForm_ConfirmDeparture: hostMutationResult(
          'confirmDeparture',
          payload(placement({ status: 'COMPLETED', version: 9, availableActions: [] })),
        ),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    const departure = screen.getByRole('heading', { name: 'Departure' }).closest('section') as HTMLElement;
    expect((within(departure).getByLabelText(/Actual end date/) as HTMLInputElement).value).toBe(
      '2026-04-24',
    );
    // From the arrival on the 14th to the planned end on the 24th.
    expect((within(departure).getByLabelText(/Days of attendance/) as HTMLInputElement).value).toBe('11');
    change(/Actual end date/, '2026-04-23', departure);
    change(/Days of attendance/, '9', departure);
    change(/Days of interruption/, '1', departure);
    change(/Note on interruptions/, 'Ill on 20 April.', departure);
    fireEvent.click(within(departure).getByRole('button', { name: 'Confirm departure' }));
    expect((await screen.findByRole('status')).textContent).toContain('Departure confirmed.');
    expect(requestsOf(requests, 'ConfirmDepartureForm_ConfirmDeparture')[0]?.body.variables).toEqual({
      input: {
        mobilityId: 'mob-1',
        expectedVersion: 8,
        actualEndDate: '2026-04-23',
        attendanceDays: 9,
        interruptionDays: 1,
        interruptionNote: 'Ill on 20 April.',
      },
    });
  });

  it('checks the days of attendance in the browser', async () => {
    const { requests } = renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(
          placement({ status: 'ONGOING', availableActions: ['CONFIRM_DEPARTURE'] }),
        ),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    change(/Days of attendance/, '');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm departure' }));
    expect(await screen.findByText('This field is required.')).toBeTruthy();
    expect(requestsOf(requests, 'ConfirmDepartureForm_ConfirmDeparture')).toHaveLength(0);
  });
});
