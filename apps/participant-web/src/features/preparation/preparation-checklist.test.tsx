import type { MockGraphQLResult } from '@mobilis/web-client/testing/mock-graphql-fetch';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  type MobilityNode,
  mobility,
  mobilityResult,
  mutationResult,
  preparation,
  preparationItem,
} from '../../test/mobility-fixtures';
import { renderApp } from '../../test/render-app';
import { learner, viewerResult } from '../../test/viewer-fixtures';

type Requests = ReturnType<typeof renderApp>['requests'];
const requestsOf = (requests: Requests, operationName: string) =>
  requests.filter((request) => request.body.operationName === operationName);

const ticked = mobility({
  version: 8,
  preparation: [
    preparation[0],
    preparationItem('INSURANCE', 'Insurance arranged', '2026-02-25T09:00:00.000Z'),
    preparation[2],
  ],
});

const stepPayload = (node: MobilityNode) => ({
  __typename: 'ParticipantStepPayload',
  mobility: node,
});

describe('preparation checklist', () => {
  it('ticks an item with its key and the mobility’s version, holding every box until the server has it', async () => {
    const tickAnswer: { send?: () => void } = {};
    let ticksDone = 0;
    const currentMobility = () => mobilityResult(ticksDone > 0 ? ticked : mobility());
    // The server holds the answer until the test lets it go.
    const tickLater = () =>
      new Promise<MockGraphQLResult>((resolve) => {
        tickAnswer.send = () => {
          ticksDone += 1;
          resolve(mutationResult('tickPreparationItem', stepPayload(ticked)));
        };
      });
    const { requests } = renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        AppLayoutRouteQuery: viewerResult(learner),
        MobilityRouteQuery: currentMobility,
        PreparationChecklist_Tick: tickLater,
      },
    });
    const checklist = await screen.findByRole('region', { name: 'Prepare for your stay' });
    expect(within(checklist).getByText('1 of 3 done')).toBeTruthy();
    const language = within(checklist).getByRole('checkbox', {
      name: 'Language preparation done',
    }) as HTMLInputElement;
    expect(language.checked).toBe(true);
    expect(within(checklist).getByText('Done on Feb 20, 2026')).toBeTruthy();
    const insurance = within(checklist).getByRole('checkbox', {
      name: 'Insurance arranged',
    }) as HTMLInputElement;
    expect(insurance.checked).toBe(false);

    fireEvent.click(insurance);
    await waitFor(() => expect(requestsOf(requests, 'PreparationChecklist_Tick')).toHaveLength(1));
    expect(requestsOf(requests, 'PreparationChecklist_Tick')[0]?.body.variables).toEqual({
      input: { mobilityId: 'mob-1', expectedVersion: 7, key: 'INSURANCE', done: true },
    });
    // Shown ticked at once; nothing can be ticked until the answer is in.
    expect(insurance.checked).toBe(true);
    for (const box of within(checklist).getAllByRole('checkbox'))
      expect((box as HTMLInputElement).disabled).toBe(true);

    tickAnswer.send?.();
    await waitFor(() => expect(within(checklist).getByText('Done on Feb 25, 2026')).toBeTruthy());
    expect(within(checklist).getByText('2 of 3 done')).toBeTruthy();
    for (const box of within(checklist).getAllByRole('checkbox'))
      expect((box as HTMLInputElement).disabled).toBe(false);

    fireEvent.click(within(checklist).getByRole('checkbox', { name: 'Language preparation done' }));
    await waitFor(() => expect(requestsOf(requests, 'PreparationChecklist_Tick')).toHaveLength(2));
    expect(requestsOf(requests, 'PreparationChecklist_Tick')[1]?.body.variables).toEqual({
      input: { mobilityId: 'mob-1', expectedVersion: 8, key: 'LANGUAGE_PREPARATION', done: false },
    });
  });

  it('reloads when the mobility changed meanwhile, says so and shows the box as the server has it', async () => {
    const { requests } = renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        AppLayoutRouteQuery: viewerResult(learner),
        MobilityRouteQuery: mobilityResult(mobility()),
        PreparationChecklist_Tick: mutationResult('tickPreparationItem', {
          __typename: 'StaleVersionError',
          message: 'Stale',
        }),
      },
    });
    const insurance = (await screen.findByRole('checkbox', {
      name: 'Insurance arranged',
    })) as HTMLInputElement;
    fireEvent.click(insurance);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Your mobility changed in the meantime.',
    );
    expect(insurance.checked).toBe(false);
    expect(insurance.disabled).toBe(false);
    await waitFor(() => expect(requestsOf(requests, 'MobilityRouteQuery').length).toBeGreaterThanOrEqual(2));
  });

  it('speaks German for the default items and keeps an organisation’s own items as written', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      lng: 'de',
      graphql: {
        AppLayoutRouteQuery: viewerResult(learner),
        MobilityRouteQuery: mobilityResult(
          mobility({ preparation: [...preparation, preparationItem('VISA_CHECK', 'Check the ferry times')] }),
        ),
      },
    });
    const checklist = await screen.findByRole('region', { name: 'Bereiten Sie Ihren Aufenthalt vor' });
    expect(within(checklist).getByRole('checkbox', { name: 'Versicherung abgeschlossen' })).toBeTruthy();
    expect(within(checklist).getByRole('checkbox', { name: 'Check the ferry times' })).toBeTruthy();
    expect(within(checklist).getByText('Erledigt am 20.02.2026')).toBeTruthy();
  });
});
