import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { coordinator, viewerResult } from '../../test/viewer-fixtures';
import { answer, event, mobility, mobilityDetailResult } from '../mobilities/testing/mobility-fixtures';
import {
  agreedContent,
  agreement,
  pendingChange,
  pendingChangeProposal,
  proposal,
  signature,
  version,
} from './testing/agreement-fixtures';

const signedIn = {
  AppLayoutRouteQuery: viewerResult(coordinator),
  HomeRouteQuery: viewerResult(coordinator),
};

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

const requestsOf = (requests: ReturnType<typeof renderApp>['requests'], operationName: string) =>
  requests.filter((request) => request.body.operationName === operationName);

const sectionOf = async (heading: string) =>
  (await screen.findByRole('heading', { level: 2, name: heading })).closest('section') as HTMLElement;

const withAgreement = (learningAgreement: object, fields: Partial<Record<string, unknown>> = {}) =>
  mobilityDetailResult(mobility({ learningAgreement, ...fields }));

describe('mobility page: learning agreement', () => {
  it('invites to draft the agreement when there is none', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: { ...signedIn, MobilityDetailRouteQuery: mobilityDetailResult() },
    });
    const section = await sectionOf('Learning agreement');
    expect(within(section).getByText(/^No learning agreement has been drafted yet\./)).toBeTruthy();
    expect(
      within(section).getByRole('link', { name: 'Draft the learning agreement' }).getAttribute('href'),
    ).toBe('/mobilities/mob-1/learning-agreement/edit');
    // Nothing to print yet, and no certificate before the mobility is over.
    expect(within(section).queryByRole('link', { name: 'Learning agreement (PDF)' })).toBeNull();
    expect(within(section).queryByRole('link', { name: 'Certificate (PDF)' })).toBeNull();
  });

  it('shows the agreed version, the pending change with its diff and reasons, and whose turn it is', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: { ...signedIn, MobilityDetailRouteQuery: withAgreement(pendingChange) },
    });
    const section = await sectionOf('Learning agreement');
    const agreed = within(section)
      .getByRole('heading', { level: 3, name: 'Agreed version' })
      .closest('section') as HTMLElement;
    expect(within(agreed).getByText(/^First version, signed by all three parties\./)).toBeTruthy();
    const signatures = within(agreed)
      .getAllByRole('listitem')
      .map((item) => plain(item.textContent));
    expect(signatures[0]).toMatch(/^Participant: Jonas Weber · signed Jan 20, 2026/);
    expect(signatures[1]).toMatch(/^Sending organisation: Anna Becker, Erasmus\+ coordinator · signed/);
    expect(signatures[2]).toMatch(/^Host: Lucía Martínez, Training manager · signed Jan 21, 2026/);

    const pending = within(section)
      .getByRole('heading', { level: 3, name: 'Pending change proposal' })
      .closest('section') as HTMLElement;
    expect(within(pending).getByText('Awaiting: Sending organisation')).toBeTruthy();
    expect(
      within(pending).getByText('The participant has signed. Your organisation signs next, then the host.'),
    ).toBeTruthy();
    const table = within(pending).getByRole('table', { name: 'Changes compared with the agreed version' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => plain(row.textContent));
    expect(rows).toEqual([
      'RemovedLearning outcomeTalk to customers in SpanishLanguage mismatch: The workshop’s customers speak Valencian.',
      'AddedLearning outcomeTalk to customers in ValencianReplaces a removed row',
    ]);
    expect(within(pending).getByRole('button', { name: 'Sign for the sending organisation' })).toBeTruthy();

    // The agreed content is there on demand.
    fireEvent.click(within(agreed).getByRole('button', { name: 'Show the agreed content' }));
    expect(within(agreed).getByText('Diagnose engine faults')).toBeTruthy();
    expect(within(agreed).getByText('Spanish (CEFR A2)')).toBeTruthy();

    expect(within(section).getByRole('link', { name: 'Edit the learning agreement' })).toBeTruthy();
    // Documents are served by the API from the origin, not under the app's /org/ base.
    expect(within(section).getByRole('link', { name: 'Learning agreement (PDF)' }).getAttribute('href')).toBe(
      '/documents/mobilities/mob-1/learning-agreement.pdf',
    );
  });

  it('shows the whole first proposal, the host’s comment, and waits for the participant', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: withAgreement(
          agreement({
            proposal: proposal(agreedContent, {
              comment: {
                __typename: 'AgreementComment',
                text: 'Please add the safety briefing.',
                by: 'Lucía Martínez',
                at: '2026-02-12T14:00:00.000Z',
                proposalHash: 'hash',
              },
            }),
          }),
        ),
      },
    });
    const section = await sectionOf('Learning agreement');
    const pending = within(section)
      .getByRole('heading', { level: 3, name: 'Pending proposal' })
      .closest('section') as HTMLElement;
    expect(within(pending).getByText('Awaiting: Participant')).toBeTruthy();
    expect(within(pending).getByText(/^Proposed by your organisation on Feb 10, 2026/)).toBeTruthy();
    expect(within(pending).getByText(/^Lucía Martínez asked for changes on Feb 12, 2026/)).toBeTruthy();
    expect(within(pending).getByText('Please add the safety briefing.')).toBeTruthy();
    expect(within(pending).getByText('Nobody has signed this proposal yet.')).toBeTruthy();
    // A first proposal has nothing to compare with: its whole content is shown.
    expect(within(pending).queryByRole('table')).toBeNull();
    expect(within(pending).getByRole('heading', { level: 4, name: 'Learning outcomes' })).toBeTruthy();
    expect(within(pending).getByText('Talk to customers in Spanish')).toBeTruthy();
    expect(within(pending).getByText('Assessment: Observation by the workshop mentor')).toBeTruthy();
    expect(within(pending).queryByRole('button', { name: 'Sign for the sending organisation' })).toBeNull();
  });

  it('signs with the position asked for and the hash shown, then reloads', async () => {
    let signed = false;
    const afterSigning = agreement({
      firstVersion: version(agreedContent),
      proposal: {
        ...pendingChangeProposal,
        awaiting: 'HOST',
        signatures: [
          signature('PARTICIPANT', 'Jonas Weber', '2026-02-11T08:00:00.000Z'),
          signature('SENDING', 'Anna Becker', '2026-02-12T08:00:00.000Z', 'Erasmus+ coordinator'),
        ],
      },
    });
    const { requests } = renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: answer(() => withAgreement(signed ? afterSigning : pendingChange)),
        SignAgreementButton_SignLearningAgreement: answer(() => {
          signed = true;
          return {
            data: {
              __typename: 'Mutation',
              signLearningAgreement: { __typename: 'LearningAgreementPayload', mobility: mobility() },
            },
          };
        }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign for the sending organisation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign for the sending organisation' });
    const hash = pendingChangeProposal.hash;
    // What is signed: the version and its changes.
    expect(within(dialog).getByText(hash)).toBeTruthy();
    expect(within(dialog).getByText('Added learning outcome: Talk to customers in Valencian')).toBeTruthy();
    expect(within(dialog).getByText('Removed learning outcome: Talk to customers in Spanish')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign' }));
    expect(await within(dialog).findByText('Enter your position.')).toBeTruthy();
    expect(requestsOf(requests, 'SignAgreementButton_SignLearningAgreement')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText(/^Your position/), {
      target: { value: ' Erasmus+ coordinator ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign' }));
    expect(
      await screen.findByText(
        'You signed the learning agreement for the sending organisation. The host signs next.',
      ),
    ).toBeTruthy();
    expect(requestsOf(requests, 'SignAgreementButton_SignLearningAgreement')[0]?.body.variables).toEqual({
      input: {
        mobilityId: 'mob-1',
        as: 'SENDING',
        proposalHash: hash,
        position: 'Erasmus+ coordinator',
        app: 'mobilis-org',
      },
    });
    expect(await screen.findByText('Awaiting: Host')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign for the sending organisation' })).toBeNull();
  });

  it('says the proposal changed while the coordinator was reading, and reloads it', async () => {
    const { requests } = renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: withAgreement(pendingChange),
        SignAgreementButton_SignLearningAgreement: {
          data: {
            __typename: 'Mutation',
            signLearningAgreement: {
              __typename: 'StaleVersionError',
              currentVersion: null,
              message: 'Someone else changed it.',
            },
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign for the sending organisation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign for the sending organisation' });
    fireEvent.change(within(dialog).getByLabelText(/^Your position/), { target: { value: 'Director' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The proposal changed while you were reading; it has been reloaded.',
    );
    await waitFor(() => expect(requestsOf(requests, 'MobilityDetailRouteQuery')).toHaveLength(2));
  });

  it('translates why the workflow refused to sign', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: withAgreement(pendingChange),
        SignAgreementButton_SignLearningAgreement: {
          data: {
            __typename: 'Mutation',
            signLearningAgreement: {
              __typename: 'LearningAgreementError',
              code: 'NOT_YOUR_TURN',
              message: 'The proposal is waiting for another party’s signature first.',
            },
          },
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign for the sending organisation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign for the sending organisation' });
    fireEvent.change(within(dialog).getByLabelText(/^Your position/), { target: { value: 'Director' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'It is not your organisation’s turn: the proposal is waiting for another party first.',
    );
  });

  it('offers the certificate once the mobility is completed, and no more changes', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: withAgreement(agreement({ firstVersion: version(agreedContent) }), {
          status: 'COMPLETED',
          availableActions: [],
        }),
      },
    });
    const section = await sectionOf('Learning agreement');
    expect(within(section).getByRole('link', { name: 'Certificate (PDF)' }).getAttribute('href')).toBe(
      '/documents/mobilities/mob-1/certificate.pdf',
    );
    expect(within(section).queryByRole('link', { name: 'Edit the learning agreement' })).toBeNull();
    expect(
      within(section).getByText(
        'The learning agreement of a mobility that is Completed can no longer change.',
      ),
    ).toBeTruthy();
  });

  it('tells the agreement’s steps in the history', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: withAgreement(pendingChange, {
          timeline: [
            event('PROPOSAL_DRAFTED', '2026-01-19T09:00:00.000Z', { as: 'SENDING', state: {} }),
            event(
              'SIGNED_BY_PARTICIPANT',
              '2026-01-20T09:00:00.000Z',
              { as: 'PARTICIPANT', state: {} },
              'Jonas Weber',
            ),
            event('HOST_COMMENTED', '2026-01-21T09:00:00.000Z', { as: 'HOST', state: {} }, 'Lucía Martínez'),
          ],
        }),
      },
    });
    const history = await sectionOf('History');
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((entry) => entry.querySelector('p')?.textContent),
    ).toEqual([
      'Learning agreement drafted',
      'Learning agreement signed by the participant',
      'The host asked for changes to the learning agreement',
    ]);
  });

  it('shows the agreement in German', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      lng: 'de',
      graphql: { ...signedIn, MobilityDetailRouteQuery: withAgreement(pendingChange) },
    });
    const section = await sectionOf('Lernvereinbarung');
    expect(within(section).getByText('Wartet auf: Entsendende Organisation')).toBeTruthy();
    expect(
      within(section).getByRole('button', { name: 'Für die entsendende Organisation unterschreiben' }),
    ).toBeTruthy();
  });
});

describe('mobility page: preparation and report', () => {
  const item = (key: string, label: string, doneAt: string | null) => ({
    __typename: 'PreparationItem',
    key,
    label,
    doneAt,
  });

  it('shows how far the participant has prepared', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: mobilityDetailResult(
          mobility({
            preparation: [
              item('insurance', 'Take out travel insurance', '2026-02-01T10:00:00.000Z'),
              item('ehic', 'Carry the European Health Insurance Card', '2026-02-02T10:00:00.000Z'),
              item('briefing', 'Attend the preparation briefing', '2026-02-03T10:00:00.000Z'),
              item('travel', 'Book the journey', null),
            ],
          }),
        ),
      },
    });
    const section = await sectionOf('Preparation and report');
    expect(within(section).getByText('3 of 4 done')).toBeTruthy();
    const items = within(section)
      .getAllByRole('listitem')
      .map((entry) => plain(entry.textContent));
    expect(items).toEqual([
      'Take out travel insurance – done on Feb 1, 2026',
      'Carry the European Health Insurance Card – done on Feb 2, 2026',
      'Attend the preparation briefing – done on Feb 3, 2026',
      'Book the journey – not done yet',
    ]);
    expect(within(section).getByText('The participant reports once the mobility is completed.')).toBeTruthy();
  });

  it('shows the participant’s report once submitted', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: mobilityDetailResult(
          mobility({
            status: 'COMPLETED',
            availableActions: [],
            participantReport: {
              __typename: 'ParticipantReport',
              submittedAt: '2026-03-20T18:00:00.000Z',
              satisfaction: 4,
              recognition: 'PARTLY',
              skillsGained: 'Diesel diagnosis.',
              comments: null,
            },
          }),
        ),
      },
    });
    const section = await sectionOf('Preparation and report');
    expect(within(section).getByText('Your organisation has no preparation checklist yet.')).toBeTruthy();
    const value = (label: string) =>
      plain(within(section).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent);
    expect(value('Submitted')).toMatch(/^Mar 20, 2026/);
    expect(value('Satisfaction')).toBe('4 of 5');
    expect(value('Recognition at home')).toBe('Partly recognised');
    expect(value('Skills gained')).toBe('Diesel diagnosis.');
    expect(within(section).queryByText('Comments', { selector: 'dt' })).toBeNull();
  });

  it('says when a completed mobility’s report is missing', async () => {
    renderApp({
      path: '/mobilities/mob-1',
      graphql: {
        ...signedIn,
        MobilityDetailRouteQuery: mobilityDetailResult(
          mobility({ status: 'COMPLETED', availableActions: [] }),
        ),
      },
    });
    const section = await sectionOf('Preparation and report');
    expect(within(section).getByText('The participant has not submitted the report yet.')).toBeTruthy();
  });
});
