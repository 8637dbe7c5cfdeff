import type { OrgResources } from './org-en';

/** German texts of the organisations app (namespace `org`). */
export const orgDe: OrgResources = {
  pageTitle: {
    signIn: 'Anmelden – Mobilis für Organisationen',
    home: 'Start – Mobilis für Organisationen',
    noAccess: 'Keine entsendende Organisation – Mobilis für Organisationen',
  },
  home: {
    welcome: 'Willkommen, {{name}}',
    intro: 'Sie koordinieren die Lernmobilität für diese Organisationen.',
    membershipsTitle: 'Ihre Organisationen',
    city: 'Ort',
    country: 'Land',
    role: 'Ihre Rolle',
    current: 'Aktuell',
    noMemberships: 'Sie sind noch Mitglied keiner Organisation.',
  },
  roles: {
    ADMIN: 'Administration',
    COORDINATOR: 'Koordination',
    HOST_CONTACT: 'Ansprechperson der Aufnahmeeinrichtung',
  },
  noAccess: {
    title: 'Keine entsendende Organisation',
    message:
      'Mobilis für Organisationen ist für Administration und Koordination entsendender Organisationen gedacht. Ihr Konto hat keine solche Rolle.',
  },
};
