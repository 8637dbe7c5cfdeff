import type { RecordedGraphQLRequest } from '@mobilis/web-client/testing/mock-graphql-fetch';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { organisationNode } from '../test/org-data-fixtures';
import { renderApp } from '../test/render-app';
import { coordinator, viewerResult } from '../test/viewer-fixtures';

const talleres = {
  __typename: 'HostPartner',
  organisation: {
    __typename: 'Organisation',
    id: 'org-talleres',
    name: 'Talleres Valencia S.L.',
    type: 'COMPANY',
    city: 'Valencia',
    country: 'ES',
    address: 'Carrer de Colón 1',
    oid: 'E10154317',
    pic: null,
    erasmusCode: null,
  },
  contacts: [
    {
      __typename: 'ContactPerson',
      id: 'contact-1',
      name: 'Lucía Martínez',
      role: 'Training manager',
      email: 'lucia@talleres.example',
      phone: '+34 600 000 000',
    },
  ],
};

const graphql = (extra: Record<string, unknown> = {}) => ({
  AppLayoutRouteQuery: viewerResult(coordinator),
  HomeRouteQuery: viewerResult(coordinator),
  HostDirectoryRouteQuery: organisationNode({ hostDirectory: [talleres] }),
  ...extra,
});

const named = (requests: RecordedGraphQLRequest[], operation: string) =>
  requests.filter((request) => request.body.operationName === operation);

describe('host directory', () => {
  it('lists each host with type, place, identifiers and contact persons', async () => {
    renderApp({ path: '/hosts', graphql: graphql() });
    const card = await screen.findByRole('article', { name: 'Talleres Valencia S.L.' });
    expect(within(card).getByText('Company')).toBeTruthy();
    expect(within(card).getByText('Valencia, Spain')).toBeTruthy();
    expect(within(card).getByText('E10154317')).toBeTruthy();
    expect(within(card).getByText('Not known yet')).toBeTruthy();
    expect(
      within(card)
        .getByRole('link', { name: 'E-mail Lucía Martínez: lucia@talleres.example' })
        .getAttribute('href'),
    ).toBe('mailto:lucia@talleres.example');
    expect(
      within(card)
        .getByRole('link', { name: /^Call Lucía Martínez/ })
        .getAttribute('href'),
    ).toBe('tel:+34600000000');
  });

  it('checks a new host in the browser and explains that an OID links an existing organisation', async () => {
    const { requests } = renderApp({ path: '/hosts', graphql: graphql() });
    fireEvent.click(await screen.findByRole('button', { name: 'Add host institution' }));
    const form = screen.getByRole('form', { name: 'Add host institution' });
    expect(within(form).getByText(/already in Mobilis, it is linked to your directory/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('OID', { exact: false }), { target: { value: 'X123' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save host institution' }));
    expect(await within(form).findAllByText('Fill in this field.')).toHaveLength(2);
    // Type and country are still unchosen.
    expect(within(form).getAllByText('This field is required.')).toHaveLength(2);
    expect(
      within(form).getByText('An OID is the letter E followed by 8 digits, e.g. E10154317.'),
    ).toBeTruthy();
    expect(within(form).getByLabelText('OID', { exact: false }).getAttribute('aria-invalid')).toBe('true');
    expect(named(requests, 'AddHostForm_AddHostOrganisation')).toHaveLength(0);
  });

  it('adds a host and reloads the directory', async () => {
    const { requests } = renderApp({
      path: '/hosts',
      graphql: graphql({
        AddHostForm_AddHostOrganisation: {
          data: {
            __typename: 'Mutation',
            addHostOrganisation: {
              __typename: 'OrganisationPayload',
              organisation: { __typename: 'Organisation', id: 'org-new', name: 'Centro Formación' },
            },
          },
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add host institution' }));
    const form = screen.getByRole('form', { name: 'Add host institution' });
    const change = (label: string, value: string) =>
      fireEvent.change(within(form).getByLabelText(label, { exact: false }), { target: { value } });
    change('Name', 'Centro Formación');
    change('Type of organisation', 'TRAINING_CENTRE');
    change('Country', 'ES');
    change('City', 'Sevilla');
    change('Latitude', '37.3891');
    change('Longitude', '-5.9845');
    const before = named(requests, 'HostDirectoryRouteQuery').length;
    fireEvent.click(within(form).getByRole('button', { name: 'Save host institution' }));
    expect(await within(form).findByText('Centro Formación is in your directory.')).toBeTruthy();
    expect(named(requests, 'AddHostForm_AddHostOrganisation')[0]?.body.variables).toEqual({
      input: {
        sendingOrganisationId: 'org-rhein-ruhr',
        profile: {
          name: 'Centro Formación',
          type: 'TRAINING_CENTRE',
          country: 'ES',
          city: 'Sevilla',
          address: null,
          latitude: 37.3891,
          longitude: -5.9845,
          oid: null,
          pic: null,
          erasmusCode: null,
        },
      },
    });
    await waitFor(() => expect(named(requests, 'HostDirectoryRouteQuery').length).toBeGreaterThan(before));
  });

  it('adds a contact person to a host', async () => {
    const { requests } = renderApp({
      path: '/hosts',
      graphql: graphql({
        ContactPersonForm_AddContactPerson: {
          data: {
            __typename: 'Mutation',
            addContactPerson: {
              __typename: 'ContactPersonPayload',
              contactPerson: { __typename: 'ContactPerson', id: 'contact-2', name: 'Pablo Ruiz' },
            },
          },
        },
      }),
    });
    const card = await screen.findByRole('article', { name: 'Talleres Valencia S.L.' });
    fireEvent.click(
      within(card).getByRole('button', { name: 'Add contact person at Talleres Valencia S.L.' }),
    );
    const form = within(card).getByRole('form', { name: 'Add contact person at Talleres Valencia S.L.' });
    fireEvent.change(within(form).getByLabelText('Name', { exact: false }), {
      target: { value: 'Pablo Ruiz' },
    });
    fireEvent.change(within(form).getByLabelText('E-mail', { exact: false }), {
      target: { value: 'no-mail' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact person' }));
    expect(await within(form).findByText('Enter a valid e-mail address.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('E-mail', { exact: false }), {
      target: { value: 'pablo@talleres.example' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact person' }));
    expect(await within(card).findByText('Pablo Ruiz was added.')).toBeTruthy();
    expect(named(requests, 'ContactPersonForm_AddContactPerson')).toHaveLength(1);
    expect(named(requests, 'ContactPersonForm_AddContactPerson')[0]?.body.variables).toEqual({
      input: {
        sendingOrganisationId: 'org-rhein-ruhr',
        hostOrganisationId: 'org-talleres',
        name: 'Pablo Ruiz',
        role: null,
        email: 'pablo@talleres.example',
        phone: null,
      },
    });
  });

  describe('inviting a contact', () => {
    const openInvite = async () => {
      const card = await screen.findByRole('article', { name: 'Talleres Valencia S.L.' });
      const button = within(card).getByRole('button', { name: 'Invite a contact' });
      // Screen readers hear which host the button is for.
      expect(button.getAttribute('aria-describedby')).toBeTruthy();
      expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
        'Talleres Valencia S.L.',
      );
      fireEvent.click(button);
      const form = within(card).getByRole('form', { name: 'Invite a contact at Talleres Valencia S.L.' });
      const change = (label: string, value: string) =>
        fireEvent.change(within(form).getByLabelText(label, { exact: false }), { target: { value } });
      return { card, form, change };
    };

    it('explains the link, checks the fields in the browser, sends the invitation and says when the link expires', async () => {
      const { requests } = renderApp({
        path: '/hosts',
        graphql: graphql({
          InviteContactForm_InviteHostContact: {
            data: {
              __typename: 'Mutation',
              inviteHostContact: {
                __typename: 'HostInvitationPayload',
                email: 'pablo@talleres.example',
                expiresAt: '2026-12-06T12:00:00.000Z',
              },
            },
          },
        }),
      });
      const { card, form, change } = await openInvite();
      expect(within(form).getByText(/works only once and is valid for 7 days/)).toBeTruthy();
      expect(
        within(form).getByText(/ask for a sign-in link by e-mail instead of using a password/),
      ).toBeTruthy();
      const language = within(form).getByLabelText('Language of the e-mail') as HTMLSelectElement;
      expect([...language.options].map((option) => option.textContent)).toEqual(['English', 'Deutsch']);
      expect(language.value).toBe('en');

      fireEvent.click(within(form).getByRole('button', { name: 'Send invitation' }));
      expect(await within(form).findByText('Fill in this field.')).toBeTruthy();
      expect(within(form).getByText('Enter a valid e-mail address.')).toBeTruthy();
      expect(named(requests, 'InviteContactForm_InviteHostContact')).toHaveLength(0);

      change("Contact's name", ' Pablo Ruiz ');
      change("Contact's e-mail", 'Pablo@Talleres.example');
      fireEvent.change(language, { target: { value: 'de' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Send invitation' }));
      expect(
        await within(card).findByText(
          'Invitation sent to pablo@talleres.example. The link works once and expires on Dec 6, 2026.',
        ),
      ).toBeTruthy();
      expect(within(card).queryByRole('form', { name: /^Invite a contact/ })).toBeNull();
      expect(named(requests, 'InviteContactForm_InviteHostContact')[0]?.body.variables).toEqual({
        input: {
          sendingOrganisationId: 'org-rhein-ruhr',
          hostOrganisationId: 'org-talleres',
          name: 'Pablo Ruiz',
          email: 'pablo@talleres.example',
          locale: 'de',
        },
      });
    });

    it('puts the server’s field errors on the fields, and lists the others', async () => {
      renderApp({
        path: '/hosts',
        graphql: graphql({
          InviteContactForm_InviteHostContact: {
            data: {
              __typename: 'Mutation',
              inviteHostContact: {
                __typename: 'ValidationError',
                message: 'Invalid input.',
                fieldErrors: [
                  {
                    __typename: 'FieldError',
                    path: ['email'],
                    code: 'EMAIL_INVALID',
                    message: 'Enter a valid e-mail address.',
                  },
                  {
                    __typename: 'FieldError',
                    path: ['locale'],
                    code: 'LOCALE_UNSUPPORTED',
                    message: 'Choose English or German.',
                  },
                  {
                    __typename: 'FieldError',
                    path: ['hostOrganisationId'],
                    code: 'HOST_NOT_IN_DIRECTORY',
                    message: 'Choose a host from your directory.',
                  },
                ],
              },
            },
          },
        }),
      });
      const { card, form, change } = await openInvite();
      change("Contact's name", 'Pablo Ruiz');
      change("Contact's e-mail", 'pablo@talleres.example');
      fireEvent.click(within(form).getByRole('button', { name: 'Send invitation' }));
      const alert = await within(form).findByRole('alert');
      expect(alert.textContent).toContain('Please correct the highlighted fields.');
      expect(within(alert).getByText('Choose a host institution from your directory.')).toBeTruthy();
      expect(within(form).getByText('Enter a valid e-mail address.')).toBeTruthy();
      expect(
        within(form).getByLabelText("Contact's e-mail", { exact: false }).getAttribute('aria-invalid'),
      ).toBe('true');
      // A code this app does not know yet shows the server's English text.
      expect(within(form).getByText('Choose English or German.')).toBeTruthy();
      expect(within(form).getByLabelText('Language of the e-mail').getAttribute('aria-invalid')).toBe('true');
      expect(within(card).queryByText(/^Invitation sent to/)).toBeNull();
    });

    it('writes the e-mail in German by default when the app speaks German', async () => {
      renderApp({ path: '/hosts', graphql: graphql(), lng: 'de' });
      const card = await screen.findByRole('article', { name: 'Talleres Valencia S.L.' });
      fireEvent.click(within(card).getByRole('button', { name: 'Kontakt einladen' }));
      const form = within(card).getByRole('form', { name: 'Kontakt bei Talleres Valencia S.L. einladen' });
      expect((within(form).getByLabelText('Sprache der E-Mail') as HTMLSelectElement).value).toBe('de');
    });
  });
});
