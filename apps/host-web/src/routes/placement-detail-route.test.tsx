import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mentor, placement, placementDetailResult, recordedOutcomes } from '../test/placement-fixtures';
import { renderApp } from '../test/render-app';
import { hostContact, viewerResult } from '../test/viewer-fixtures';

const signedIn = { AppLayoutRouteQuery: viewerResult(hostContact) };

const ACTION_BUTTONS = [
  'Accept placement',
  'Decline placement',
  'Confirm arrival',
  'Confirm departure',
  'Save outcomes',
];

function offeredActions(): string[] {
  return ACTION_BUTTONS.filter((name) => screen.queryByRole('button', { name }));
}

describe('placement page', () => {
  it('shows what the host needs to decide', async () => {
    renderApp({
      path: '/placements/mob-1',
      graphql: { ...signedIn, PlacementDetailRouteQuery: placementDetailResult() },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' })).toBeTruthy();
    expect(screen.getByText('Proposed')).toBeTruthy();
    const facts = screen.getByRole('heading', { name: 'The placement' }).closest('section') as HTMLElement;
    expect(within(facts).getByText('Staff')).toBeTruthy();
    expect(within(facts).getByText('Job shadowing')).toBeTruthy();
    expect(within(facts).getByText('Apr 13, 2026 – Apr 24, 2026')).toBeTruthy();
    expect(within(facts).getByText('Berufskolleg Rhein-Ruhr, Essen (Germany)')).toBeTruthy();
    expect(within(facts).getByText('MOB-00001')).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Back to the inbox' }).getAttribute('href')).toBe('/');
  });

  it.each([
    [['CONFIRM_PLACEMENT', 'DECLINE_PLACEMENT'], 'PROPOSED', ['Accept placement', 'Decline placement']],
    [['CONFIRM_ARRIVAL'], 'AGREED', ['Confirm arrival']],
    [['CONFIRM_DEPARTURE'], 'ONGOING', ['Confirm departure', 'Save outcomes']],
    [[], 'COMPLETED', ['Save outcomes']],
    [[], 'CONFIRMED', []],
    [[], 'CLOSED', []],
  ] as const)('offers only the allowed actions: %j while %s', async (availableActions, status, offered) => {
    renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(
          placement({ status, availableActions: [...availableActions] }),
        ),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    expect(offeredActions()).toEqual(offered);
  });

  it('shows the mentor, the attendance and the outcomes once recorded', async () => {
    renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(
          placement({
            status: 'CLOSED',
            availableActions: [],
            actualStartDate: '2026-04-14',
            actualEndDate: '2026-04-23',
            hostMentor: mentor,
            attendance: {
              __typename: 'Attendance',
              attendanceDays: 9,
              interruptionDays: 1,
              interruptionNote: 'Ill.',
            },
            hostOutcomes: recordedOutcomes,
          }),
        ),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    expect(screen.getByText('Apr 14, 2026')).toBeTruthy();
    const records = screen
      .getByRole('heading', { name: 'What you confirmed' })
      .closest('section') as HTMLElement;
    expect(within(records).getByText('9 days attended')).toBeTruthy();
    expect(within(records).getByText(/1 day of interruption/)).toBeTruthy();
    expect(within(records).getByRole('link', { name: '+34 600 000 000' }).getAttribute('href')).toBe(
      'tel:+34600000000',
    );
    const outcomes = screen.getByRole('list', { name: 'Assessed learning outcomes' });
    expect(
      within(outcomes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Diagnose engine faultsAchievedWorks independently.', 'Order spare partsPartly achieved']);
    expect(screen.getByText('Engine diagnostics with OBD tools.')).toBeTruthy();
    // A closed mobility is no longer the host's to change.
    expect(screen.queryByRole('button', { name: 'Edit outcomes' })).toBeNull();
  });

  it('shows the reason of a declined placement', async () => {
    renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(
          placement({ status: 'DECLINED', availableActions: [], declineReason: 'Workshop closed in April.' }),
        ),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    expect(screen.getByText('Workshop closed in April.')).toBeTruthy();
    expect(screen.getByText('You declined this placement.')).toBeTruthy();
  });

  it('says so when the placement is not there', async () => {
    renderApp({
      path: '/placements/elsewhere',
      graphql: { ...signedIn, PlacementDetailRouteQuery: placementDetailResult(null) },
    });
    expect((await screen.findByRole('alert')).textContent).toContain('This placement does not exist');
  });
});
