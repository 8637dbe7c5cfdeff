import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { change, requestsOf } from '../../test/form-helpers';
import {
  hostMutationResult,
  payload,
  placement,
  placementDetailResult,
  recordedOutcomes,
} from '../../test/placement-fixtures';
import { renderApp } from '../../test/render-app';
import { hostContact, viewerResult } from '../../test/viewer-fixtures';

const signedIn = { AppLayoutRouteQuery: viewerResult(hostContact) };

describe('learning outcomes', () => {
  it('records learning outcomes row by row, with the skills', async () => {
    const { requests } = renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(
          placement({ status: 'ONGOING', version: 8, availableActions: ['CONFIRM_DEPARTURE'] }),
        ),
        RecordOutcomesForm_RecordOutcomes: hostMutationResult(
          'recordOutcomes',
          payload(placement({ status: 'ONGOING', version: 9, hostOutcomes: recordedOutcomes })),
        ),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    const outcomes = screen
      .getByRole('heading', { level: 2, name: 'Learning outcomes' })
      .closest('section') as HTMLElement;
    const row = (number: number) =>
      within(outcomes).getByRole('group', { name: `Learning outcome ${number}` });

    change(/Title/, 'Diagnose engine faults', row(1));
    fireEvent.click(within(row(1)).getByLabelText('Achieved'));
    change(/Comment/, 'Works independently.', row(1));
    fireEvent.click(within(outcomes).getByRole('button', { name: 'Add learning outcome' }));
    change(/Title/, 'Weld a seam', row(2));
    fireEvent.click(within(outcomes).getByRole('button', { name: 'Add learning outcome' }));
    change(/Title/, 'Order spare parts', row(3));
    fireEvent.click(within(row(3)).getByLabelText('Partly achieved'));
    fireEvent.click(within(outcomes).getByRole('button', { name: 'Remove learning outcome 2' }));
    change(/Job-related skills/, 'Engine diagnostics with OBD tools.', outcomes);
    change(/Language skills/, 'Spanish at A2 level in the workshop.', outcomes);

    fireEvent.click(within(outcomes).getByRole('button', { name: 'Save outcomes' }));
    expect((await within(outcomes).findByRole('status')).textContent).toContain('Learning outcomes saved.');
    expect(requestsOf(requests, 'RecordOutcomesForm_RecordOutcomes')[0]?.body.variables).toEqual({
      input: {
        mobilityId: 'mob-1',
        expectedVersion: 8,
        outcomes: [
          { title: 'Diagnose engine faults', achievement: 'ACHIEVED', comment: 'Works independently.' },
          { title: 'Order spare parts', achievement: 'PARTLY_ACHIEVED', comment: null },
        ],
        skills: {
          jobRelated: 'Engine diagnostics with OBD tools.',
          language: 'Spanish at A2 level in the workshop.',
          digital: null,
          organisational: null,
          communication: null,
          other: null,
        },
      },
    });
  });

  it('asks how far each outcome was achieved before saving', async () => {
    const { requests } = renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(
          placement({ status: 'COMPLETED', availableActions: [] }),
        ),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    change(/Title/, 'Diagnose engine faults');
    fireEvent.click(screen.getByRole('button', { name: 'Save outcomes' }));
    expect(await screen.findByText('Choose how far it was achieved.')).toBeTruthy();
    expect(requestsOf(requests, 'RecordOutcomesForm_RecordOutcomes')).toHaveLength(0);
  });
});
