import { accessDe } from '../features/access/access-de';
import { formsDe } from '../features/forms/forms-de';
import { inboxDe } from '../features/inbox/inbox-de';
import { agreementDe } from '../features/learning-agreement/agreement-de';
import { organisationDe } from '../features/organisation/organisation-de';
import { placementsDe } from '../features/placements/placements-de';
import type { HostResources } from './host-en';

/** German texts of the host-institutions app (namespace `host`). */
export const hostDe: HostResources = {
  pageTitle: {
    signIn: 'Anmelden – Mobilis für Aufnahmeeinrichtungen',
    home: 'Eingang – Mobilis für Aufnahmeeinrichtungen',
    noAccess: 'Keine Aufnahmeeinrichtung – Mobilis für Aufnahmeeinrichtungen',
    invitation: 'Einladung annehmen – Mobilis für Aufnahmeeinrichtungen',
    signInLink: 'Anmeldung – Mobilis für Aufnahmeeinrichtungen',
    placement: '{{participant}} – Mobilis für Aufnahmeeinrichtungen',
    placementNotFound: 'Aufnahme nicht gefunden – Mobilis für Aufnahmeeinrichtungen',
    organisation: 'Profil der Einrichtung – Mobilis für Aufnahmeeinrichtungen',
  },
  home: {
    welcome: 'Willkommen, {{name}}',
    intro:
      'Entscheiden Sie über Aufnahmen, bestätigen Sie Ankunft und Abreise und erfassen Sie, was Teilnehmende gelernt haben.',
  },
  noAccess: {
    title: 'Keine Aufnahmeeinrichtung',
    message:
      'Mobilis für Aufnahmeeinrichtungen ist für Ansprechpersonen in Aufnahmeeinrichtungen gedacht. Ihr Konto ist für keine Aufnahmeeinrichtung als Ansprechperson eingetragen.',
  },
  nav: {
    label: 'Hauptmenü',
    inbox: 'Eingang',
    organisation: 'Profil der Einrichtung',
  },
  inbox: inboxDe,
  placements: placementsDe,
  agreement: agreementDe,
  organisation: organisationDe,
  access: accessDe,
  forms: formsDe,
};
