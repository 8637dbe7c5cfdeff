import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  agreement,
  changedContent,
  changeProposal,
  type MobilityNode,
  mobility,
  mobilityResult,
  proposal,
  version,
} from '../test/mobility-fixtures';
import { renderApp } from '../test/render-app';
import { learner, viewerResult } from '../test/viewer-fixtures';

const signedIn = { AppLayoutRouteQuery: viewerResult(learner) };

function openMobility(node: MobilityNode | null, lng: 'en' | 'de' = 'en') {
  return renderApp({
    path: '/mobilities/mob-1',
    lng,
    graphql: { ...signedIn, MobilityRouteQuery: mobilityResult(node) },
  });
}

const section = (name: string) => screen.getByRole('region', { name });
const text = (element: HTMLElement) => (element.textContent ?? '').replace(/\s+/g, ' ');

describe('mobility page', () => {
  it('shows where and when, who looks after me and my learning programme', async () => {
    openMobility(mobility());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'MOB-00001: Talleres Valencia S.L.' }),
    ).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Agreed')).toBeTruthy();

    const stay = section('Your stay');
    expect(within(stay).getByText('Short-term learning mobility of VET learners')).toBeTruthy();
    expect(within(stay).getByText('Mar 2, 2026 – Mar 14, 2026')).toBeTruthy();
    expect(within(stay).getByText('Carrer de Colón 12, Valencia, Spain')).toBeTruthy();

    const contacts = section('Your contacts');
    const hostMentor = within(contacts).getByRole('article', { name: 'Your mentor at the host' });
    expect(within(hostMentor).getByText('Carlos Ruiz')).toBeTruthy();
    expect(within(hostMentor).getByRole('link', { name: '+34 961 23 45 67' }).getAttribute('href')).toBe(
      'tel:+34961234567',
    );
    const sendingMentor = within(contacts).getByRole('article', {
      name: 'Your mentor at your sending organisation',
    });
    expect(within(sendingMentor).getByRole('link', { name: 'anna.becker@rhein-ruhr.example' })).toBeTruthy();

    const programme = section('My learning programme');
    const outcomes = within(programme).getAllByRole('list')[0] as HTMLElement;
    expect(within(outcomes).getAllByRole('listitem').map(text)).toEqual([
      'Service a diesel engineSkillsCarry out a scheduled service on a commercial vehicle.How it is assessedObserved by the workshop mentor',
      'Spanish workshop vocabularyKnowledgeHow it is assessedShort oral test',
    ]);
    expect(within(programme).getByRole('heading', { level: 3, name: 'Schedule of activities' })).toBeTruthy();
    const activities = within(programme)
      .getAllByText(/^Mar \d, 2026 – Mar \d+, 2026$/)
      .map((node) => node.textContent);
    expect(activities).toEqual(['Mar 3, 2026 – Mar 6, 2026', 'Mar 9, 2026 – Mar 13, 2026']);
    expect(within(programme).getByText('7.5 hours · Valencia')).toBeTruthy();
    expect(within(programme).getByText('Spanish, CEFR level A2')).toBeTruthy();
    expect(within(programme).getByText('Europass Mobility and a unit of the apprenticeship.')).toBeTruthy();
    expect(within(programme).getByText('Automotive mechatronics, 2nd year, EQF level 4')).toBeTruthy();
    expect(within(programme).getByText('Keep a learning diary.')).toBeTruthy();
  });

  it('tells the agreement’s history with every signature and offers its PDF', async () => {
    openMobility(
      mobility({
        learningAgreement: agreement({ approvedChanges: version(changedContent, 'hash-changes') }),
      }),
    );
    const history = (await screen.findByRole('heading', { name: 'History of the agreement' })).closest(
      'section',
    ) as HTMLElement;
    expect(within(history).getByText('First version, signed by all three parties')).toBeTruthy();
    expect(within(history).getByText('Latest approved changes, signed by all three parties')).toBeTruthy();
    const signatures = within(history).getAllByRole('listitem').map(text);
    expect(signatures).toHaveLength(6);
    expect(signatures[0]).toMatch(/^Participant: Lena Fischer signed on Feb 10, 2026, \d{1,2}:\d{2}/);
    expect(signatures[1]).toMatch(
      /^Sending organisation: Anna Becker, Authorised signatory signed on Feb 11, 2026/,
    );
    const pdf = within(history).getByRole('link', { name: 'Download the learning agreement (PDF)' });
    expect(pdf.getAttribute('href')).toBe('/documents/mobilities/mob-1/learning-agreement.pdf');
    // The programme is the approved changes, not the first version.
    expect(within(section('My learning programme')).getByText('Hybrid drive safety')).toBeTruthy();
    expect(within(section('My learning programme')).queryByText('Spanish workshop vocabulary')).toBeNull();
  });

  it('shows a change proposal as a readable diff: rows added and removed with reasons, other changes before and after', async () => {
    openMobility(mobility({ learningAgreement: agreement({ proposal: changeProposal() }) }));
    const pending = await screen.findByRole('region', { name: 'Changes to your learning agreement' });
    expect(text(pending)).toMatch(
      /Proposed by your sending organisation on Mar 5, 2026, .+\. It is waiting for your signature\./,
    );
    const rows = within(pending)
      .getAllByRole('listitem')
      .filter((item) => item.querySelector('.mantine-Paper-root'));
    expect(rows).toHaveLength(2);
    const [removed, added] = rows as [HTMLElement, HTMLElement];
    expect(within(removed).getByText('Removed')).toBeTruthy();
    expect(within(removed).getByText('Learning outcome')).toBeTruthy();
    expect(within(removed).getByText('Spanish workshop vocabulary')).toBeTruthy();
    expect(text(removed)).toContain('Reason: No longer available');
    expect(within(added).getByText('Added')).toBeTruthy();
    expect(within(added).getByText('Hybrid drive safety')).toBeTruthy();
    expect(within(added).getByText('Responsibility and autonomy')).toBeTruthy();
    expect(text(added)).toContain('Reason: Replaces a removed item – The hybrid bay opened this month.');

    expect(within(pending).getByRole('heading', { level: 3, name: 'Other changes' })).toBeTruthy();
    expect(within(pending).getByText('Spanish, CEFR level A2').tagName).toBe('DEL');
    expect(within(pending).getByText('Spanish, CEFR level B1').tagName).toBe('INS');
    // Unchanged sections are not repeated in the diff.
    expect(within(pending).queryByText('Recognition')).toBeNull();
    expect(within(pending).getByRole('button', { name: 'Sign the learning agreement' })).toBeTruthy();
    expect(within(pending).getByRole('button', { name: 'Ask for changes' })).toBeTruthy();
  });

  it('shows a first proposal whole, mentors included, for the participant to sign', async () => {
    openMobility(
      mobility({
        status: 'CONFIRMED',
        learningAgreement: agreement({ firstVersion: null, proposal: proposal() }),
      }),
    );
    const pending = await screen.findByRole('region', { name: 'Your learning agreement to sign' });
    expect(within(pending).getByText('Service a diesel engine')).toBeTruthy();
    expect(within(pending).getByText('Engine diagnostics with the service team')).toBeTruthy();
    expect(within(pending).getByText('Carlos Ruiz, Workshop lead, carlos@talleres.example')).toBeTruthy();
    expect(within(pending).getByRole('button', { name: 'Sign the learning agreement' })).toBeTruthy();
    expect(
      within(section('My learning programme')).getByText(/not signed by all three parties yet/),
    ).toBeTruthy();
    expect(within(section('History of the agreement')).getByText(/Nothing has been signed/)).toBeTruthy();
  });

  it('offers no signing while the proposal waits for another party', async () => {
    openMobility(
      mobility({
        learningAgreement: agreement({
          proposal: changeProposal({
            awaiting: 'SENDING',
            signatures: [
              {
                __typename: 'AgreementSignature',
                role: 'PARTICIPANT',
                name: 'Lena Fischer',
                signedAt: '2026-03-05T12:00:00.000Z',
              },
            ],
          }),
        }),
      }),
    );
    const pending = await screen.findByRole('region', { name: 'Changes to your learning agreement' });
    expect(text(pending)).toContain('It is waiting for: Your sending organisation.');
    expect(text(pending)).toContain('Participant: Lena Fischer');
    expect(within(pending).queryByRole('button')).toBeNull();
  });

  it('says so when the mobility is not there, or not mine', async () => {
    openMobility(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mobility not found' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('This mobility does not exist, or it is not yours.');
    expect(screen.getByRole('link', { name: 'Back to my mobilities' })).toBeTruthy();
  });

  it('speaks German, dates included', async () => {
    openMobility(mobility({ learningAgreement: agreement({ proposal: changeProposal() }) }), 'de');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'MOB-00001: Talleres Valencia S.L.' }),
    ).toBeTruthy();
    expect(screen.getByText('Vereinbart')).toBeTruthy();
    expect(within(section('Ihr Aufenthalt')).getByText('02.03.2026 – 14.03.2026')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lernvereinbarung unterschreiben' })).toBeTruthy();
    expect(screen.getByText('Spanish, GER-Niveau B1')).toBeTruthy();
  });
});
