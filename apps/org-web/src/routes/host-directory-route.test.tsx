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
});
