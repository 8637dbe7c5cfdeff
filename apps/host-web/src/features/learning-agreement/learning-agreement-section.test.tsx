import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  agreedContent,
  agreement,
  agreementPayload,
  CHANGE_HASH,
  changedContent,
  FIRST_HASH,
  proposal,
  version,
} from '../../test/agreement-fixtures';
import { change, requestsOf } from '../../test/form-helpers';
import { hostMutationResult, placement, placementDetailResult } from '../../test/placement-fixtures';
import { renderApp } from '../../test/render-app';
import { hostContact, viewerResult } from '../../test/viewer-fixtures';

const signedIn = { AppLayoutRouteQuery: viewerResult(hostContact) };

const ongoing = (learningAgreement: unknown) =>
  placement({ status: 'ONGOING', version: 8, availableActions: ['CONFIRM_DEPARTURE'], learningAgreement });

const agreedOnly = ongoing(agreement({ firstVersion: version(agreedContent, FIRST_HASH) }));
const changeAwaitingHost = ongoing(
  agreement({ firstVersion: version(agreedContent, FIRST_HASH), proposal: proposal() }),
);

async function agreementSection() {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Learning agreement' });
  return heading.closest('section') as HTMLElement;
}

const listTexts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('learning agreement on the placement page', () => {
  it('shows the agreed content and its signatures, with no actions when nothing awaits the host', async () => {
    renderApp({
      path: '/placements/mob-1',
      graphql: { ...signedIn, PlacementDetailRouteQuery: placementDetailResult(agreedOnly) },
    });
    const section = await agreementSection();
    expect(within(section).getByRole('heading', { level: 3, name: 'Agreed version' })).toBeTruthy();
    expect(listTexts(within(section).getByRole('list', { name: 'Expected learning outcomes' }))).toEqual([
      'Diagnose engine faultsSkillsAssessment: Observation by the workshop mentor',
      'Service brake systemsSkills',
    ]);
    expect(listTexts(within(section).getByRole('list', { name: 'Programme of activities' }))).toEqual([
      'Apr 13, 2026 – Apr 17, 2026Induction and engine diagnostics in the workshopValencia workshop · 35 hours',
    ]);
    expect(within(section).getByText('Spanish, CEFR level A2')).toBeTruthy();
    expect(within(section).getByText('José Ángel Martínez Peña, Workshop manager')).toBeTruthy();
    expect(
      within(section).getByText('Europass Mobility and recognition as part of the training programme.'),
    ).toBeTruthy();
    expect(
      within(section).getByText('Weekly call between the tutor, the participant and the mentor.'),
    ).toBeTruthy();
    expect(within(section).getByText('Provide the tasks and a mentor.')).toBeTruthy();
    expect(within(section).getByText('Second-year apprentice, EQF level 4')).toBeTruthy();
    const signatures = listTexts(within(section).getByRole('list', { name: 'Signatures' }));
    expect(signatures).toHaveLength(3);
    expect(signatures[0]).toMatch(/^Participant: Jonas Weber \(signed on Mar 1, 2026/);
    expect(signatures[1]).toMatch(/^Sending organisation: Anna Becker, Erasmus\+ coordinator \(signed on/);
    expect(signatures[2]).toMatch(/^Host institution: Lucía Martínez, Head of training \(signed on/);
    expect(within(section).getByRole('link', { name: 'Learning agreement (PDF)' }).getAttribute('href')).toBe(
      '/documents/mobilities/mob-1/learning-agreement.pdf',
    );
    expect(within(section).queryByRole('button', { name: 'Sign the learning agreement' })).toBeNull();
    expect(within(section).queryByRole('button', { name: 'Ask for changes' })).toBeNull();
  });

  it('says when there is no agreement yet, without a PDF', async () => {
    renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(
          placement({ status: 'CONFIRMED', availableActions: [] }),
        ),
      },
    });
    const section = await agreementSection();
    expect(within(section).getByText(/There is no learning agreement yet/)).toBeTruthy();
    expect(within(section).queryByRole('link', { name: 'Learning agreement (PDF)' })).toBeNull();
  });

  it('shows a change proposal awaiting the host as rows added and removed, with reasons', async () => {
    renderApp({
      path: '/placements/mob-1',
      graphql: { ...signedIn, PlacementDetailRouteQuery: placementDetailResult(changeAwaitingHost) },
    });
    const section = await agreementSection();
    const pending = within(section)
      .getByRole('heading', { level: 3, name: 'Proposal to sign' })
      .closest('section') as HTMLElement;
    expect(
      within(pending).getByText(/Proposed by the sending organisation on Apr 20, 2026 · version c4a9e21b/),
    ).toBeTruthy();
    expect(listTexts(within(pending).getByRole('list', { name: 'Changed rows' }))).toEqual([
      'RemovedLearning outcomeService brake systemsReason: Not available – Brake bench out of order',
      'AddedLearning outcomeElectric vehicle safetyReason: Replaces a removed row',
    ]);
    expect(within(pending).getByText('Service brake systems').tagName).toBe('DEL');
    expect(within(pending).getByText('Electric vehicle safety').tagName).toBe('INS');
    // Other sections that differ: before and proposed.
    expect(within(pending).getByText('Spanish, CEFR level A2').tagName).toBe('DEL');
    expect(within(pending).getByText('Spanish, CEFR level B1').tagName).toBe('INS');
    expect(within(pending).getByRole('button', { name: 'Sign the learning agreement' })).toBeTruthy();
    expect(within(pending).getByRole('button', { name: 'Ask for changes' })).toBeTruthy();
    // The agreed version stays visible below.
    expect(within(section).getByRole('heading', { level: 3, name: 'Agreed version' })).toBeTruthy();
  });

  it('shows a first proposal as the whole content', async () => {
    renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(
          placement({
            status: 'CONFIRMED',
            availableActions: [],
            learningAgreement: agreement({
              proposal: proposal({ hash: FIRST_HASH, changes: [], content: JSON.stringify(agreedContent) }),
            }),
          }),
        ),
      },
    });
    const section = await agreementSection();
    expect(within(section).getByText('The first proposal: the whole agreement.')).toBeTruthy();
    expect(listTexts(within(section).getByRole('list', { name: 'Expected learning outcomes' }))).toHaveLength(
      2,
    );
    expect(within(section).queryByRole('list', { name: 'Changed rows' })).toBeNull();
    expect(within(section).getByRole('button', { name: 'Sign the learning agreement' })).toBeTruthy();
  });

  it('signs with a position, bound to the hash of the proposal shown', async () => {
    let signed = false;
    const signedAgreement = ongoing(
      agreement({
        firstVersion: version(agreedContent, FIRST_HASH),
        approvedChanges: version(changedContent, CHANGE_HASH),
      }),
    );
    const currentPlacement = () => placementDetailResult(signed ? signedAgreement : changeAwaitingHost);
    const signAgreement = () => {
      signed = true;
      return hostMutationResult('signLearningAgreement', agreementPayload());
    };
    const { requests } = renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: currentPlacement,
        SignAgreementForm_SignLearningAgreement: signAgreement,
      },
    });
    const section = await agreementSection();
    fireEvent.click(within(section).getByRole('button', { name: 'Sign the learning agreement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign the learning agreement' });
    expect(
      within(dialog).getByText(/You sign version c4a9e21b of the learning agreement for Jonas Weber/),
    ).toBeTruthy();
    expect(within(dialog).getByText('2 learning outcomes')).toBeTruthy();
    expect(within(dialog).getByText('1 activity')).toBeTruthy();
    expect(within(dialog).getByText('Already signed by: Participant, Sending organisation')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign' }));
    expect(await within(dialog).findByText('Fill in this field.')).toBeTruthy();
    const position = within(dialog).getByLabelText(/Your position/);
    expect(position.getAttribute('aria-invalid')).toBe('true');
    expect(requestsOf(requests, 'SignAgreementForm_SignLearningAgreement')).toHaveLength(0);

    change(/Your position/, ' Head of training ', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign' }));
    expect((await within(section).findByRole('status')).textContent).toContain(
      'You signed the learning agreement.',
    );
    expect(requestsOf(requests, 'SignAgreementForm_SignLearningAgreement')[0]?.body.variables).toEqual({
      input: {
        mobilityId: 'mob-1',
        as: 'HOST',
        proposalHash: CHANGE_HASH,
        position: 'Head of training',
        app: 'mobilis-host',
      },
    });
    // The placement reloads: the changes are agreed, nothing is left to sign.
    expect(
      await within(section).findByRole('heading', { level: 3, name: 'Agreed version (with changes)' }),
    ).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Sign the learning agreement' })).toBeNull();
  });

  it('asks for changes with a required comment, and keeps showing the proposal with it', async () => {
    let commented = false;
    const commentedAgreement = ongoing(
      agreement({
        firstVersion: version(agreedContent, FIRST_HASH),
        proposal: proposal({
          awaiting: 'PARTICIPANT',
          signatures: [],
          comment: {
            __typename: 'AgreementComment',
            text: 'Please keep the brakes; the bench is repaired next week',
            by: 'Lucía Martínez',
            at: '2026-04-21T08:00:00.000Z',
            proposalHash: CHANGE_HASH,
          },
        }),
      }),
    );
    const currentPlacement = () => placementDetailResult(commented ? commentedAgreement : changeAwaitingHost);
    const commentOnAgreement = () => {
      commented = true;
      return hostMutationResult('commentOnLearningAgreement', agreementPayload());
    };
    const { requests } = renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: currentPlacement,
        CommentAgreementForm_CommentOnLearningAgreement: commentOnAgreement,
      },
    });
    const section = await agreementSection();
    fireEvent.click(within(section).getByRole('button', { name: 'Ask for changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask for changes' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send comment' }));
    expect(await within(dialog).findByText('Fill in this field.')).toBeTruthy();
    expect(
      within(dialog)
        .getByLabelText(/What should change\?/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(requestsOf(requests, 'CommentAgreementForm_CommentOnLearningAgreement')).toHaveLength(0);

    change(/What should change\?/, 'Please keep the brakes; the bench is repaired next week', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send comment' }));
    expect((await within(section).findByRole('status')).textContent).toBe(
      'You asked for changes: Please keep the brakes; the bench is repaired next week. The sending organisation will revise the proposal.',
    );
    expect(
      requestsOf(requests, 'CommentAgreementForm_CommentOnLearningAgreement')[0]?.body.variables,
    ).toEqual({
      input: {
        mobilityId: 'mob-1',
        proposalHash: CHANGE_HASH,
        text: 'Please keep the brakes; the bench is repaired next week',
      },
    });
    // Reloaded: the declined proposal stays visible with the comment, without actions.
    expect(
      await within(section).findByRole('heading', { level: 3, name: 'Proposal you asked to change' }),
    ).toBeTruthy();
    expect(within(section).getByRole('status').textContent).toContain('You asked for changes: Please keep');
    expect(within(section).queryByRole('button', { name: 'Sign the learning agreement' })).toBeNull();
    expect(within(section).queryByRole('button', { name: 'Ask for changes' })).toBeNull();
  });

  it('says when the proposal changed while the host was reading, and reloads it', async () => {
    const { requests } = renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(changeAwaitingHost),
        SignAgreementForm_SignLearningAgreement: hostMutationResult('signLearningAgreement', {
          __typename: 'StaleVersionError',
        }),
      },
    });
    const section = await agreementSection();
    fireEvent.click(within(section).getByRole('button', { name: 'Sign the learning agreement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign the learning agreement' });
    change(/Your position/, 'Head of training', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign' }));
    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toBe('The proposal changed while you were reading; it has been reloaded.');
    expect(document.activeElement).toBe(alert);
    await waitFor(() => expect(requestsOf(requests, 'PlacementDetailRouteQuery')).toHaveLength(2));
  });

  it('explains a refusal of the workflow by its code', async () => {
    renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(changeAwaitingHost),
        CommentAgreementForm_CommentOnLearningAgreement: hostMutationResult('commentOnLearningAgreement', {
          __typename: 'LearningAgreementError',
          code: 'NOT_YOUR_TURN',
          message: 'The proposal is waiting for another party first.',
        }),
      },
    });
    const section = await agreementSection();
    fireEvent.click(within(section).getByRole('button', { name: 'Ask for changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask for changes' });
    change(/What should change\?/, 'Add a week of welding.', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send comment' }));
    expect((await within(section).findByRole('alert')).textContent).toContain(
      'It is not your turn: the proposal is waiting for the participant or the sending organisation first.',
    );
    expect(within(section).queryByRole('status')).toBeNull();
  });

  it('speaks German', async () => {
    renderApp({
      path: '/placements/mob-1',
      lng: 'de',
      graphql: { ...signedIn, PlacementDetailRouteQuery: placementDetailResult(changeAwaitingHost) },
    });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Lernvereinbarung' });
    const section = heading.closest('section') as HTMLElement;
    expect(within(section).getByRole('button', { name: 'Lernvereinbarung unterschreiben' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Um Änderungen bitten' })).toBeTruthy();
    expect(within(section).getByText('Grund: Nicht verfügbar – Brake bench out of order')).toBeTruthy();
  });
});
