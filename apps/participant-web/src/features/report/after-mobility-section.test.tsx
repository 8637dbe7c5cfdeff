import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  hostOutcomes,
  type MobilityNode,
  mobility,
  mobilityResult,
  mutationResult,
  submittedReport,
} from '../../test/mobility-fixtures';
import { renderApp } from '../../test/render-app';
import { learner, viewerResult } from '../../test/viewer-fixtures';

type Requests = ReturnType<typeof renderApp>['requests'];
const requestsOf = (requests: Requests, operationName: string) =>
  requests.filter((request) => request.body.operationName === operationName);

const completed = mobility({
  status: 'COMPLETED',
  version: 12,
  actualStartDate: '2026-03-02',
  actualEndDate: '2026-03-13',
  hostOutcomes,
});
const reported = { ...completed, version: 13, participantReport: submittedReport };

function open(node: MobilityNode, extra: Record<string, unknown> = {}) {
  return renderApp({
    path: '/mobilities/mob-1',
    graphql: {
      AppLayoutRouteQuery: viewerResult(learner),
      MobilityRouteQuery: mobilityResult(node),
      ...extra,
    },
  });
}

const certificateLink = () => screen.queryByRole('link', { name: 'Download your certificate (PDF)' });

describe('after the mobility', () => {
  it('checks the satisfaction (and the other required answer) in the browser before sending anything', async () => {
    const { requests } = open(completed);
    const form = await screen.findByRole('form', { name: 'Your report' });
    fireEvent.click(within(form).getByRole('button', { name: 'Submit report' }));
    const satisfaction = within(form).getByRole('radiogroup', { name: /How satisfied are you/ });
    const described = (satisfaction.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain(
      'This field is required.',
    );
    expect(
      within(form)
        .getByRole('combobox', { name: /recognised at home/ })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Please correct the highlighted fields.',
    );
    expect(requestsOf(requests, 'ParticipantReportForm_Submit')).toHaveLength(0);
  });

  it('submits the report, then shows it read-only with the certificate to download', async () => {
    let submitted = false;
    const currentMobility = () => mobilityResult(submitted ? reported : completed);
    const acceptReport = () => {
      submitted = true;
      return mutationResult('submitParticipantReport', {
        __typename: 'ParticipantStepPayload',
        mobility: reported,
      });
    };
    const { requests } = open(completed, {
      MobilityRouteQuery: currentMobility,
      ParticipantReportForm_Submit: acceptReport,
    });
    const form = await screen.findByRole('form', { name: 'Your report' });
    expect(certificateLink()).toBeNull();
    fireEvent.click(within(form).getByRole('radio', { name: '4 – Satisfied' }));
    fireEvent.change(within(form).getByRole('textbox', { name: /which skills did you gain/ }), {
      target: { value: 'Diagnostics on commercial vehicles.' },
    });
    fireEvent.change(within(form).getByRole('combobox', { name: /recognised at home/ }), {
      target: { value: 'PARTLY' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Submit report' }));

    expect((await screen.findByRole('status')).textContent).toBe(
      'Thank you: your report has been submitted.',
    );
    expect(requestsOf(requests, 'ParticipantReportForm_Submit')[0]?.body.variables).toEqual({
      input: {
        mobilityId: 'mob-1',
        expectedVersion: 12,
        satisfaction: 4,
        skillsGained: 'Diagnostics on commercial vehicles.',
        recognition: 'PARTLY',
        comments: null,
      },
    });
    expect(screen.queryByRole('form', { name: 'Your report' })).toBeNull();
    expect(screen.getByText('5 of 5')).toBeTruthy();
    expect(screen.getByText('Yes, fully')).toBeTruthy();
    expect(certificateLink()?.getAttribute('href')).toBe('/documents/mobilities/mob-1/certificate.pdf');
  });

  it('shows the server’s field errors on the fields', async () => {
    open(completed, {
      ParticipantReportForm_Submit: mutationResult('submitParticipantReport', {
        __typename: 'ValidationError',
        fieldErrors: [
          {
            __typename: 'FieldError',
            path: ['skillsGained'],
            code: 'TEXT_TOO_LONG',
            message: 'The text is too long.',
          },
        ],
      }),
    });
    const form = await screen.findByRole('form', { name: 'Your report' });
    fireEvent.click(within(form).getByRole('radio', { name: '3 – Neither satisfied nor dissatisfied' }));
    fireEvent.change(within(form).getByRole('combobox', { name: /recognised at home/ }), {
      target: { value: 'NOT_YET' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Submit report' }));
    expect(await within(form).findByText('The text is too long.')).toBeTruthy();
    expect(
      within(form)
        .getByRole('textbox', { name: /which skills did you gain/ })
        .getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('shows what the host assessed: each outcome’s achievement and the skills acquired', async () => {
    open(reported);
    const after = await screen.findByRole('region', { name: 'After your mobility' });
    expect(within(after).getByRole('heading', { level: 3, name: 'What your host assessed' })).toBeTruthy();
    expect(within(after).getByText('Achieved')).toBeTruthy();
    expect(within(after).getByText('Partly achieved')).toBeTruthy();
    expect(within(after).getByText('Independent by week two.')).toBeTruthy();
    expect(within(after).getByText('Communication and interpersonal skills')).toBeTruthy();
    expect(within(after).queryByText('Digital skills')).toBeNull();
  });

  it('offers the certificate only after completion, once the report is in', async () => {
    open(mobility({ status: 'ONGOING', participantReport: null }));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'After your mobility' })).toBeNull();
    expect(certificateLink()).toBeNull();
  });

  it('offers the certificate of a closed mobility', async () => {
    open({ ...reported, status: 'CLOSED' });
    await waitFor(() => expect(certificateLink()).toBeTruthy());
  });
});
