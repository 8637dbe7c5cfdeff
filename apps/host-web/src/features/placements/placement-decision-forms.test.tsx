import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { change, requestsOf } from '../../test/form-helpers';
import {
  hostMutationResult,
  mentor,
  payload,
  placement,
  placementDetailResult,
} from '../../test/placement-fixtures';
import { renderApp } from '../../test/render-app';
import { hostContact, viewerResult } from '../../test/viewer-fixtures';

const signedIn = { AppLayoutRouteQuery: viewerResult(hostContact) };

describe('accepting or declining a placement', () => {
  it('checks the mentor’s e-mail in the browser, then accepts with the mentor', async () => {
    const accepted = placement({ status: 'CONFIRMED', version: 4, availableActions: [], hostMentor: mentor });
    let confirmed = false;
    const currentPlacement = () => placementDetailResult(confirmed ? accepted : placement());
    const confirmPlacement = () => {
      confirmed = true;
      return hostMutationResult('confirmPlacement', payload(accepted));
    };
    const { requests } = renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: currentPlacement,
        AcceptPlacementForm_ConfirmPlacement: confirmPlacement,
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    change(/Mentor's name/, 'José Ángel Martínez Peña');
    change(/Mentor's role/, 'Workshop manager');
    change(/Mentor's e-mail/, 'mentor at talleres');
    change(/Mentor's phone/, '+34 600 000 000');
    fireEvent.click(screen.getByRole('button', { name: 'Accept placement' }));
    expect(await screen.findByText('Enter a valid e-mail address.')).toBeTruthy();
    const email = screen.getByLabelText(/Mentor's e-mail/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(email);
    expect(requestsOf(requests, 'AcceptPlacementForm_ConfirmPlacement')).toHaveLength(0);

    change(/Mentor's e-mail/, ' Mentor@Talleres-Valencia.example ');
    fireEvent.click(screen.getByRole('button', { name: 'Accept placement' }));
    expect((await screen.findByRole('status')).textContent).toContain('You accepted the placement.');
    expect(requestsOf(requests, 'AcceptPlacementForm_ConfirmPlacement')[0]?.body.variables).toEqual({
      input: {
        mobilityId: 'mob-1',
        expectedVersion: 3,
        mentor: {
          name: 'José Ángel Martínez Peña',
          role: 'Workshop manager',
          email: 'mentor@talleres-valencia.example',
          phone: '+34 600 000 000',
        },
      },
    });
    // The page reloads the placement: accepting is no longer offered, the mentor is shown.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Accept placement' })).toBeNull());
    const records = screen
      .getByRole('heading', { name: 'What you confirmed' })
      .closest('section') as HTMLElement;
    expect(within(records).getByText('José Ángel Martínez Peña, Workshop manager')).toBeTruthy();
    expect(within(records).getByRole('link', { name: 'mentor@talleres-valencia.example' })).toBeTruthy();
  });

  it('shows the server’s field errors on the mentor fields', async () => {
    renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(),
        AcceptPlacementForm_ConfirmPlacement: hostMutationResult('confirmPlacement', {
          __typename: 'ValidationError',
          fieldErrors: [
            {
              __typename: 'FieldError',
              path: ['name'],
              code: 'TEXT_TOO_LONG',
              message: 'The text is too long.',
            },
          ],
        }),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    change(/Mentor's name/, 'José');
    change(/Mentor's e-mail/, 'mentor@talleres-valencia.example');
    fireEvent.click(screen.getByRole('button', { name: 'Accept placement' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Please correct the highlighted fields.',
    );
    expect(screen.getByText('The text is too long.')).toBeTruthy();
    expect(screen.getByLabelText(/Mentor's name/).getAttribute('aria-invalid')).toBe('true');
  });

  it('says when someone else changed the placement first, and reloads it', async () => {
    const { requests } = renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(),
        AcceptPlacementForm_ConfirmPlacement: hostMutationResult('confirmPlacement', {
          __typename: 'StaleVersionError',
        }),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    change(/Mentor's name/, 'José');
    change(/Mentor's e-mail/, 'mentor@talleres-valencia.example');
    fireEvent.click(screen.getByRole('button', { name: 'Accept placement' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed this placement in the meantime.');
    expect(document.activeElement).toBe(alert);
    await waitFor(() => expect(requestsOf(requests, 'PlacementDetailRouteQuery')).toHaveLength(2));
  });

  it('explains a refused step in words', async () => {
    renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(),
        AcceptPlacementForm_ConfirmPlacement: hostMutationResult('confirmPlacement', {
          __typename: 'InvalidTransitionError',
          code: 'ILLEGAL_TRANSITION',
          fromStatus: 'CANCELLED',
          message: 'CONFIRM_PLACEMENT is not possible while the mobility is CANCELLED.',
        }),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    change(/Mentor's name/, 'José');
    change(/Mentor's e-mail/, 'mentor@talleres-valencia.example');
    fireEvent.click(screen.getByRole('button', { name: 'Accept placement' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This is no longer possible: the placement is now “Cancelled”.',
    );
  });

  it('requires a reason to decline, and confirms before declining', async () => {
    const { requests } = renderApp({
      path: '/placements/mob-1',
      graphql: {
        ...signedIn,
        PlacementDetailRouteQuery: placementDetailResult(),
        DeclinePlacementForm_DeclinePlacement: hostMutationResult(
          'declinePlacement',
          payload(
            placement({
              status: 'DECLINED',
              version: 4,
              availableActions: [],
              declineReason: 'Workshop closed.',
            }),
          ),
        ),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Jonas Weber' });
    fireEvent.click(screen.getByRole('button', { name: 'Decline placement' }));
    expect(await screen.findByText('Give a reason.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();

    change(/Reason for declining/, 'Our workshop is closed in April.');
    fireEvent.click(screen.getByRole('button', { name: 'Decline placement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline this placement?' });
    expect(requestsOf(requests, 'DeclinePlacementForm_DeclinePlacement')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, decline' }));
    expect((await screen.findByRole('status')).textContent).toContain('You declined the placement.');
    expect(requestsOf(requests, 'DeclinePlacementForm_DeclinePlacement')[0]?.body.variables).toEqual({
      input: { mobilityId: 'mob-1', expectedVersion: 3, reason: 'Our workshop is closed in April.' },
    });
  });
});
