import type { HostResources } from './host-en';

/** German texts of the host-institutions app (namespace `host`). */
export const hostDe: HostResources = {
  pageTitle: {
    signIn: 'Anmelden – Mobilis für Aufnahmeeinrichtungen',
    home: 'Start – Mobilis für Aufnahmeeinrichtungen',
    noAccess: 'Keine Aufnahmeeinrichtung – Mobilis für Aufnahmeeinrichtungen',
  },
  home: {
    welcome: 'Willkommen, {{name}}',
    intro: 'Sie sind Ansprechperson für Lernende und Personal, die zu diesen Aufnahmeeinrichtungen kommen.',
    hostOrganisationsTitle: 'Ihre Aufnahmeeinrichtungen',
    city: 'Ort',
    country: 'Land',
    current: 'Aktuell',
    noHostOrganisations: 'Sie sind noch für keine Aufnahmeeinrichtung Ansprechperson.',
  },
  noAccess: {
    title: 'Keine Aufnahmeeinrichtung',
    message:
      'Mobilis für Aufnahmeeinrichtungen ist für Ansprechpersonen in Aufnahmeeinrichtungen gedacht. Ihr Konto ist für keine Aufnahmeeinrichtung als Ansprechperson eingetragen.',
  },
};
