import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  agreedContent,
  agreement,
  pendingChange,
  proposal,
  version,
} from '../features/learning-agreement/testing/agreement-fixtures';
import { answer, mobility, mobilityDetailResult } from '../features/mobilities/testing/mobility-fixtures';
import { renderApp } from '../test/render-app';
import { coordinator, viewerResult } from '../test/viewer-fixtures';

const signedIn = {
  AppLayoutRouteQuery: viewerResult(coordinator),
  HomeRouteQuery: viewerResult(coordinator),
};

const requestsOf = (requests: ReturnType<typeof renderApp>['requests'], operationName: string) =>
  requests.filter((request) => request.body.operationName === operationName);

const editResult = (
  learningAgreement: object = agreement(),
  fields: Partial<Record<string, unknown>> = {},
) => ({
  data: { __typename: 'Query', mobility: mobility({ learningAgreement, ...fields }) },
});

const proposed = {
  data: {
    __typename: 'Mutation',
    proposeLearningAgreement: { __typename: 'LearningAgreementPayload', mobility: mobility() },
  },
};

const titles = () =>
  (screen.getAllByLabelText(/^Learning outcome title/) as HTMLInputElement[]).map((input) => input.value);

/** The variables of the n-th proposal sent, with its content parsed. */
function sentProposal(requests: ReturnType<typeof renderApp>['requests'], index = 0) {
  const input = requestsOf(requests, 'LearningAgreementEditor_ProposeLearningAgreement')[index]?.body
    .variables?.input as { content: string; reasons: unknown } & Record<string, unknown>;
  return { ...input, content: JSON.parse(input.content) as LearningAgreementContent };
}

describe('learning agreement editor', () => {
  it('starts a first draft from the template for the activity', async () => {
    renderApp({
      path: '/mobilities/mob-1/learning-agreement/edit',
      graphql: { ...signedIn, LearningAgreementEditRouteQuery: editResult() },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Learning agreement of MOB-00001' }),
    ).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(
      screen.getByText(/^The form starts from the template for Job shadowing \(SM-JOB-SHDW\)\./),
    ).toBeTruthy();
    expect(titles()).toEqual([
      'Observe and compare teaching or training practice at the host',
      'Plan how to apply what was learnt in the home organisation',
    ]);
    expect((screen.getByLabelText('Recognition') as HTMLTextAreaElement).value).toBe(
      'Europass Mobility; recognised as professional development.',
    );
    expect(
      screen.getByText('Nothing has been agreed yet: the whole agreement is proposed as its first version.'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start from the template' })).toBeTruthy();
  });

  it('checks the content in the browser and sends nothing while a title is missing', async () => {
    const { requests } = renderApp({
      path: '/mobilities/mob-1/learning-agreement/edit',
      graphql: {
        ...signedIn,
        LearningAgreementEditRouteQuery: editResult(),
        LearningAgreementEditor_ProposeLearningAgreement: proposed,
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Learning agreement of MOB-00001' });
    fireEvent.click(screen.getByRole('button', { name: 'Add learning outcome' }));
    fireEvent.click(screen.getByRole('button', { name: 'Propose learning agreement' }));
    expect(await screen.findByText('Fill in this field.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Please correct the highlighted fields.');
    const third = screen.getAllByLabelText(/^Learning outcome title/)[2] as HTMLInputElement;
    expect(third.getAttribute('aria-invalid')).toBe('true');
    expect(requestsOf(requests, 'LearningAgreementEditor_ProposeLearningAgreement')).toHaveLength(0);

    // Removing every outcome is refused too: an agreement has at least one.
    for (const button of screen.getAllByRole('button', { name: /^Remove: Learning outcome/ })) {
      fireEvent.click(button);
    }
    fireEvent.click(screen.getByRole('button', { name: 'Propose learning agreement' }));
    expect(await screen.findByText('Add at least one learning outcome.')).toBeTruthy();
    expect(requestsOf(requests, 'LearningAgreementEditor_ProposeLearningAgreement')).toHaveLength(0);
  });

  it('proposes the first version as JSON content, with new rows given slug ids, and says so', async () => {
    const { requests, router } = renderApp({
      path: '/mobilities/mob-1/learning-agreement/edit',
      graphql: {
        ...signedIn,
        LearningAgreementEditRouteQuery: editResult(),
        LearningAgreementEditor_ProposeLearningAgreement: proposed,
        MobilityDetailRouteQuery: mobilityDetailResult(
          mobility({ learningAgreement: agreement({ proposal: proposal(agreedContent) }) }),
        ),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Learning agreement of MOB-00001' });
    fireEvent.click(screen.getByRole('button', { name: 'Add learning outcome' }));
    const third = screen.getAllByLabelText(/^Learning outcome title/)[2] as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(third));
    fireEvent.change(third, { target: { value: 'Use the host’s e-learning platform' } });
    // Reorder: the new outcome goes first.
    fireEvent.click(screen.getByRole('button', { name: 'Move up: Learning outcome 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move up: Learning outcome 2' }));
    expect(titles()[0]).toBe('Use the host’s e-learning platform');

    fireEvent.click(screen.getByRole('button', { name: 'Add activity' }));
    fireEvent.change(screen.getByLabelText(/^Activity description/), {
      target: { value: 'Shadow the vocational teachers' },
    });
    fireEvent.change(screen.getByLabelText('Hours'), { target: { value: '30' } });
    const hostMentor = screen.getByRole('group', { name: 'Mentor at the host' });
    fireEvent.change(within(hostMentor).getByLabelText('Name'), { target: { value: 'Marta Sánchez' } });
    fireEvent.change(screen.getByLabelText('Language of the activity'), { target: { value: 'Spanish' } });
    fireEvent.change(screen.getByLabelText('CEFR level'), { target: { value: 'B1' } });
    fireEvent.change(screen.getByLabelText('EQF level'), { target: { value: '4' } });

    fireEvent.click(screen.getByRole('button', { name: 'Propose learning agreement' }));
    expect(
      await screen.findByText(
        'The learning agreement was proposed. The participant signs first, then your organisation, then the host.',
      ),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/mobilities/mob-1');

    const sent = sentProposal(requests);
    expect(sent).toMatchObject({ mobilityId: 'mob-1', as: 'SENDING', reasons: [] });
    expect(sent.content.learningOutcomes.map((outcome) => [outcome.id, outcome.kind])).toEqual([
      ['use-the-host-s-e-learning-platform', 'KNOWLEDGE'],
      ['practice', 'KNOWLEDGE'],
      ['transfer', 'RESPONSIBILITY_AUTONOMY'],
    ]);
    expect(sent.content.activities).toEqual([
      {
        id: 'shadow-the-vocational-teachers',
        startDate: '2026-03-02',
        endDate: '2026-03-13',
        description: 'Shadow the vocational teachers',
        hours: 30,
        place: null,
      },
    ]);
    expect(sent.content.mentors).toEqual({
      sending: null,
      host: { name: 'Marta Sánchez', role: null, email: null },
    });
    expect(sent.content.language).toEqual({ language: 'Spanish', cefrLevel: 'B1' });
    expect(sent.content.qualification).toEqual({ current: null, eqfLevel: 4 });
    expect(sent.content.monitoring).toBe(
      'Contact person at the host; debriefing with the sending coordinator.',
    );
  });

  it('shows the changes against the agreed version and sends a reason for each', async () => {
    const { requests } = renderApp({
      path: '/mobilities/mob-1/learning-agreement/edit',
      graphql: {
        ...signedIn,
        LearningAgreementEditRouteQuery: editResult(agreement({ firstVersion: version(agreedContent) }), {
          status: 'AGREED',
        }),
        LearningAgreementEditor_ProposeLearningAgreement: proposed,
        MobilityDetailRouteQuery: mobilityDetailResult(mobility({ learningAgreement: pendingChange })),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Learning agreement of MOB-00001' });
    expect(
      screen.getByText('The form starts from the agreed version: change what should change.'),
    ).toBeTruthy();
    expect(titles()).toEqual(['Diagnose engine faults', 'Talk to customers in Spanish']);
    const changes = screen.getByRole('region', { name: 'Changes compared with the agreed version' });
    expect(
      within(changes).getByText('No learning outcome or activity changes compared with the agreed version.'),
    ).toBeTruthy();

    // Proposing the agreed version unchanged is caught in the browser.
    fireEvent.click(screen.getByRole('button', { name: 'Propose learning agreement' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This is the agreed version. Change something before proposing.',
    );

    // Edit one outcome (removed + added with the same id) and add a new one.
    fireEvent.change(screen.getAllByLabelText(/^Learning outcome title/)[1] as HTMLInputElement, {
      target: { value: 'Talk to customers in Valencian' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add learning outcome' }));
    fireEvent.change(screen.getAllByLabelText(/^Learning outcome title/)[2] as HTMLInputElement, {
      target: { value: 'Order spare parts' },
    });
    const changed = within(changes).getByRole('group', {
      name: 'Changed learning outcome: Talk to customers in Valencian',
    });
    expect(within(changed).getByText('Removed: Talk to customers in Spanish')).toBeTruthy();
    expect(within(changed).getByText('Added: Talk to customers in Valencian')).toBeTruthy();
    fireEvent.change(within(changed).getByLabelText('Reason for the change'), {
      target: { value: 'LANGUAGE_MISMATCH' },
    });
    fireEvent.change(within(changed).getByLabelText('Explanation (optional)'), {
      target: { value: 'The customers speak Valencian.' },
    });
    const added = within(changes).getByRole('group', { name: 'Added learning outcome: Order spare parts' });
    const reasonSelect = within(added).getByLabelText('Reason for the change') as HTMLSelectElement;
    expect([...reasonSelect.options].map((option) => option.textContent)).toEqual([
      'No reason code',
      'Not available at the host',
      'Language mismatch',
      'Timetable conflict',
      'Replaces a removed row',
      'Extending the mobility',
      'Adding a learning outcome',
      'Other reason',
    ]);
    fireEvent.change(reasonSelect, { target: { value: 'ADDING_OUTCOME' } });
    // The reason stays with its row while the title (and so the new row's id) changes.
    fireEvent.change(screen.getAllByLabelText(/^Learning outcome title/)[2] as HTMLInputElement, {
      target: { value: 'Order spare parts by phone' },
    });
    const renamed = within(changes).getByRole('group', {
      name: 'Added learning outcome: Order spare parts by phone',
    });
    expect((within(renamed).getByLabelText('Reason for the change') as HTMLSelectElement).value).toBe(
      'ADDING_OUTCOME',
    );
    expect(
      screen.getByText('Once proposed, the participant signs first, then your organisation, then the host.'),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Propose learning agreement' }));
    await screen.findByText(/^The learning agreement was proposed\./);
    const sent = sentProposal(requests);
    expect(sent.reasons).toEqual([
      { itemId: 'customers', reasonCode: 'LANGUAGE_MISMATCH', reasonText: 'The customers speak Valencian.' },
      { itemId: 'order-spare-parts-by-phone', reasonCode: 'ADDING_OUTCOME', reasonText: null },
    ]);
    expect(sent.content.learningOutcomes.map((outcome) => outcome.id)).toEqual([
      'diagnosis',
      'customers',
      'order-spare-parts-by-phone',
    ]);
    // What was not touched goes back exactly as agreed.
    expect(sent.content.activities).toEqual(agreedContent.activities);
  });

  it('starts from the pending proposal with its reasons, and explains that proposing replaces it', async () => {
    renderApp({
      path: '/mobilities/mob-1/learning-agreement/edit',
      graphql: { ...signedIn, LearningAgreementEditRouteQuery: editResult(pendingChange) },
    });
    await screen.findByRole('heading', { level: 1, name: 'Learning agreement of MOB-00001' });
    expect(screen.getByText('The form starts from the pending proposal.')).toBeTruthy();
    expect(titles()).toEqual(['Diagnose engine faults', 'Talk to customers in Valencian']);
    expect(
      screen.getByText(
        'Proposing replaces the pending proposal and restarts the approvals: the participant signs first, then your organisation, then the host.',
      ),
    ).toBeTruthy();
    // The pending proposal's changes against the agreed version, with the reasons it gave.
    const removed = screen.getByRole('group', {
      name: 'Removed learning outcome: Talk to customers in Spanish',
    });
    expect((within(removed).getByLabelText('Reason for the change') as HTMLSelectElement).value).toBe(
      'LANGUAGE_MISMATCH',
    );
    expect((within(removed).getByLabelText('Explanation (optional)') as HTMLInputElement).value).toBe(
      'The workshop’s customers speak Valencian.',
    );
    const added = screen.getByRole('group', {
      name: 'Added learning outcome: Talk to customers in Valencian',
    });
    expect((within(added).getByLabelText('Reason for the change') as HTMLSelectElement).value).toBe(
      'SUBSTITUTING_DELETED',
    );
  });

  it('replaces the form with the template, and undoes it', async () => {
    renderApp({
      path: '/mobilities/mob-1/learning-agreement/edit',
      graphql: {
        ...signedIn,
        LearningAgreementEditRouteQuery: editResult(agreement({ firstVersion: version(agreedContent) })),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Learning agreement of MOB-00001' });
    fireEvent.click(screen.getByRole('button', { name: 'Start from the template' }));
    expect(titles()).toEqual([
      'Observe and compare teaching or training practice at the host',
      'Plan how to apply what was learnt in the home organisation',
    ]);
    expect(screen.getByText('The form now holds the template.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(titles()).toEqual(['Diagnose engine faults', 'Talk to customers in Spanish']);
  });

  it('puts the server’s field errors on the fields, relative to the content', async () => {
    renderApp({
      path: '/mobilities/mob-1/learning-agreement/edit',
      graphql: {
        ...signedIn,
        LearningAgreementEditRouteQuery: editResult(),
        LearningAgreementEditor_ProposeLearningAgreement: {
          data: {
            __typename: 'Mutation',
            proposeLearningAgreement: {
              __typename: 'ValidationError',
              message: 'Invalid input.',
              fieldErrors: [
                {
                  __typename: 'FieldError',
                  path: ['content', 'learningOutcomes', '1', 'title'],
                  code: 'TEXT_TOO_LONG',
                  message: 'The text is too long.',
                },
                {
                  __typename: 'FieldError',
                  path: ['recognition'],
                  code: 'TEXT_TOO_LONG',
                  message: 'The text is too long.',
                },
                {
                  __typename: 'FieldError',
                  path: ['reasons', '0', 'reasonCode'],
                  code: 'SOMETHING_NEW',
                  message: 'A reason code is odd.',
                },
              ],
            },
          },
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Learning agreement of MOB-00001' });
    fireEvent.click(screen.getByRole('button', { name: 'Propose learning agreement' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Please correct the highlighted fields.');
    expect(alert.textContent).toContain('A reason code is odd.');
    const second = screen.getAllByLabelText(/^Learning outcome title/)[1] as HTMLInputElement;
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Recognition').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('The text is too long.')).toHaveLength(2);
  });

  it('translates why the workflow refused the proposal', async () => {
    renderApp({
      path: '/mobilities/mob-1/learning-agreement/edit',
      graphql: {
        ...signedIn,
        LearningAgreementEditRouteQuery: editResult(),
        LearningAgreementEditor_ProposeLearningAgreement: {
          data: {
            __typename: 'Mutation',
            proposeLearningAgreement: {
              __typename: 'LearningAgreementError',
              code: 'MOBILITY_CLOSED_FOR_CHANGES',
              message: 'The learning agreement of a CANCELLED mobility cannot change.',
            },
          },
        },
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Learning agreement of MOB-00001' });
    fireEvent.click(screen.getByRole('button', { name: 'Propose learning agreement' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The learning agreement can no longer change: the mobility is completed, closed or cancelled.',
    );
  });

  it('reloads when the agreement changed meanwhile, and says so', async () => {
    let reloaded = false;
    const { requests } = renderApp({
      path: '/mobilities/mob-1/learning-agreement/edit',
      graphql: {
        ...signedIn,
        LearningAgreementEditRouteQuery: answer(() =>
          editResult(reloaded ? pendingChange : agreement({ firstVersion: version(agreedContent) })),
        ),
        LearningAgreementEditor_ProposeLearningAgreement: answer(() => {
          reloaded = true;
          return {
            data: {
              __typename: 'Mutation',
              proposeLearningAgreement: { __typename: 'StaleVersionError', currentVersion: null },
            },
          };
        }),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Learning agreement of MOB-00001' });
    fireEvent.change(screen.getAllByLabelText(/^Learning outcome title/)[0] as HTMLInputElement, {
      target: { value: 'Diagnose diesel engine faults' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Propose learning agreement' }));
    expect(
      await screen.findByText(
        'Someone changed the learning agreement in the meantime. It has been reloaded: check it and make your changes again.',
      ),
    ).toBeTruthy();
    await waitFor(() =>
      expect(titles()).toEqual(['Diagnose engine faults', 'Talk to customers in Valencian']),
    );
    expect(requestsOf(requests, 'LearningAgreementEditRouteQuery')).toHaveLength(2);
  });

  it('offers no form once the mobility is over', async () => {
    renderApp({
      path: '/mobilities/mob-1/learning-agreement/edit',
      graphql: {
        ...signedIn,
        LearningAgreementEditRouteQuery: editResult(agreement({ firstVersion: version(agreedContent) }), {
          status: 'CLOSED',
        }),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Learning agreement of MOB-00001' });
    expect(
      screen.getByText('The learning agreement of a mobility that is Closed can no longer change.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Propose learning agreement' })).toBeNull();
  });
});
