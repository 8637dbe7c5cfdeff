import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';
import { hostContact, viewerResult } from '../test/viewer-fixtures';

const profile = (overrides: Record<string, unknown> = {}) => ({
  data: {
    __typename: 'Query',
    organisation: {
      __typename: 'Organisation',
      id: 'org-talleres',
      name: 'Talleres Valencia S.L.',
      address: 'Carrer de Colón 12',
      city: 'Valencia',
      country: 'ES',
      latitude: 39.469907,
      longitude: -0.376288,
      oid: 'E10208234',
      hostContacts: [
        {
          __typename: 'HostContact',
          displayName: 'José Ángel Martínez Peña',
          email: 'mentor@talleres-valencia.example',
        },
      ],
      ...overrides,
    },
  },
});

function valueFor(label: string): string | null | undefined {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('organisation profile', () => {
  it('shows the current host institution’s profile', async () => {
    const { requests } = renderApp({
      path: '/organisation',
      graphql: { AppLayoutRouteQuery: viewerResult(hostContact), OrganisationRouteQuery: profile() },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation profile' })).toBeTruthy();
    expect(valueFor('Name')).toBe('Talleres Valencia S.L.');
    expect(valueFor('Address')).toBe('Carrer de Colón 12');
    expect(valueFor('City')).toBe('Valencia');
    expect(valueFor('Country')).toBe('Spain');
    expect(valueFor('Coordinates')).toBe('39.46991, -0.37629');
    expect(valueFor('OID')).toBe('E10208234');
    const contacts = within(screen.getByRole('region', { name: 'Contacts in Mobilis' }));
    expect(contacts.getByText(/José Ángel Martínez Peña/)).toBeTruthy();
    expect(
      contacts.getByRole('link', { name: 'mentor@talleres-valencia.example' }).getAttribute('href'),
    ).toBe('mailto:mentor@talleres-valencia.example');
    const nav = within(screen.getByRole('navigation', { name: 'Main' }));
    expect(nav.getByRole('link', { name: 'Organisation profile' }).getAttribute('aria-current')).toBe('page');
    expect(requests.find((r) => r.body.operationName === 'OrganisationRouteQuery')?.body.variables).toEqual({
      organisationId: 'org-talleres',
    });
  });

  it('says what is not recorded, in German with German numbers', async () => {
    renderApp({
      path: '/organisation',
      lng: 'de',
      graphql: {
        AppLayoutRouteQuery: viewerResult(hostContact),
        OrganisationRouteQuery: profile({ address: null, oid: null, hostContacts: [] }),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Profil der Einrichtung' })).toBeTruthy();
    expect(valueFor('Adresse')).toBe('Nicht erfasst');
    expect(valueFor('OID')).toBe('Nicht erfasst');
    expect(valueFor('Koordinaten')).toBe('39,46991, -0,37629');
    expect(valueFor('Land')).toBe('Spanien');
    expect(screen.getByText('Noch keine Ansprechpersonen.')).toBeTruthy();
  });
});
