import type { MockGraphQLResult } from '@mobilis/web-client/testing/mock-graphql-fetch';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  agreement,
  changeProposal,
  type MobilityNode,
  mobility,
  mobilityResult,
  mutationResult,
} from '../../test/mobility-fixtures';
import { renderApp } from '../../test/render-app';
import { learner, viewerResult } from '../../test/viewer-fixtures';

type Requests = ReturnType<typeof renderApp>['requests'];
const requestsOf = (requests: Requests, operationName: string) =>
  requests.filter((request) => request.body.operationName === operationName);

const withProposal = (overrides: Record<string, unknown> = {}) =>
  mobility({ learningAgreement: agreement({ proposal: changeProposal(overrides) }) });

const signedByMe = withProposal({
  awaiting: 'SENDING',
  signatures: [
    {
      __typename: 'AgreementSignature',
      role: 'PARTICIPANT',
      name: 'Lena Fischer',
      signedAt: '2026-03-05T12:00:00.000Z',
    },
  ],
});

const payload = (node: MobilityNode) => ({
  __typename: 'LearningAgreementPayload',
  mobility: node,
});

/**
 * The page with a route query that answers `before` until `operationName` ran, then `after`;
 * `answer` gets the number of the call (1, 2 …).
 */
function openWith(
  before: MobilityNode,
  after: MobilityNode,
  operationName: string,
  answer: (call: number) => MockGraphQLResult,
) {
  let calls = 0;
  const currentMobility = () => mobilityResult(calls > 0 ? after : before);
  const act = () => {
    calls += 1;
    return answer(calls);
  };
  return renderApp({
    path: '/mobilities/mob-1',
    graphql: {
      AppLayoutRouteQuery: viewerResult(learner),
      MobilityRouteQuery: currentMobility,
      [operationName]: act,
    },
  });
}

describe('signing the learning agreement', () => {
  it('asks for agreement first, then signs exactly the proposal read (its hash) as the participant', async () => {
    const { requests } = openWith(withProposal(), signedByMe, 'SignAgreementButton_Sign', () =>
      mutationResult('signLearningAgreement', payload(signedByMe)),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Sign the learning agreement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign the learning agreement' });
    expect(within(dialog).getByText('I agree to this learning agreement.')).toBeTruthy();
    expect(requestsOf(requests, 'SignAgreementButton_Sign')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign' }));

    expect((await screen.findByRole('status')).textContent).toContain('You signed the learning agreement.');
    expect(requestsOf(requests, 'SignAgreementButton_Sign')[0]?.body.variables).toEqual({
      input: {
        mobilityId: 'mob-1',
        as: 'PARTICIPANT',
        proposalHash: 'hash-change-1',
        app: 'mobilis-participant',
      },
    });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Sign the learning agreement' })).toBeNull(),
    );
    expect(screen.getByText(/It is waiting for: Your sending organisation\./)).toBeTruthy();
  });

  it('reloads a proposal that changed while it was read, says so, and then signs the new one', async () => {
    const revised = withProposal({ hash: 'hash-change-2' });
    const { requests } = openWith(withProposal(), revised, 'SignAgreementButton_Sign', (call) =>
      call === 1
        ? mutationResult('signLearningAgreement', { __typename: 'StaleVersionError', message: 'Stale' })
        : mutationResult('signLearningAgreement', payload(signedByMe)),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Sign the learning agreement' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The proposal changed while you were reading. It has been reloaded.',
    );
    await waitFor(() => expect(requestsOf(requests, 'MobilityRouteQuery').length).toBeGreaterThanOrEqual(2));

    fireEvent.click(screen.getByRole('button', { name: 'Sign the learning agreement' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign' }));
    await waitFor(() => expect(requestsOf(requests, 'SignAgreementButton_Sign')).toHaveLength(2));
    expect(requestsOf(requests, 'SignAgreementButton_Sign')[1]?.body.variables?.input).toMatchObject({
      proposalHash: 'hash-change-2',
    });
  });

  it('explains a refusal by the workflow in the viewer’s words', async () => {
    openWith(withProposal(), withProposal(), 'SignAgreementButton_Sign', () =>
      mutationResult('signLearningAgreement', {
        __typename: 'LearningAgreementError',
        code: 'ALREADY_SIGNED',
        message: 'You have already signed this proposal.',
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Sign the learning agreement' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign' }));
    expect((await screen.findByRole('alert')).textContent).toBe('You have already signed this proposal.');
  });
});

describe('asking for changes', () => {
  it('requires a text saying what should change, then sends it for the proposal read', async () => {
    const commented = withProposal({
      comment: {
        __typename: 'AgreementComment',
        text: 'Please keep the vocabulary outcome.',
        by: 'Lena Fischer',
        at: '2026-03-05T13:00:00.000Z',
      },
    });
    const { requests } = openWith(withProposal(), commented, 'AskForChangesButton_Comment', () =>
      mutationResult('commentOnLearningAgreement', payload(commented)),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Ask for changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask for changes' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send the request' }));
    expect(await within(dialog).findByText('Say what should change (at least 3 characters).')).toBeTruthy();
    const field = within(dialog).getByRole('textbox', { name: /What should change\?/ });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field, { target: { value: '  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send the request' }));
    expect(await within(dialog).findByText('Say what should change (at least 3 characters).')).toBeTruthy();
    expect(requestsOf(requests, 'AskForChangesButton_Comment')).toHaveLength(0);

    fireEvent.change(field, { target: { value: ' Please keep the vocabulary outcome. ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send the request' }));
    expect((await screen.findByRole('status')).textContent).toContain('Your request was sent.');
    expect(requestsOf(requests, 'AskForChangesButton_Comment')[0]?.body.variables).toEqual({
      input: {
        mobilityId: 'mob-1',
        as: 'PARTICIPANT',
        proposalHash: 'hash-change-1',
        text: 'Please keep the vocabulary outcome.',
      },
    });
    const quote = await screen.findByText('Please keep the vocabulary outcome.');
    expect(quote.closest('blockquote')?.textContent).toContain('Changes asked for by Lena Fischer');
  });
});
