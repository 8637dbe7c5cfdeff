import { accessEn } from '../features/access/access-en';
import { formsEn } from '../features/forms/forms-en';
import { inboxEn } from '../features/inbox/inbox-en';
import { agreementEn } from '../features/learning-agreement/agreement-en';
import { organisationEn } from '../features/organisation/organisation-en';
import { placementsEn } from '../features/placements/placements-en';

/** English texts of the host-institutions app (namespace `host`). Every key must also exist in `host-de.ts`. */
export const hostEn = {
  pageTitle: {
    signIn: 'Sign in – Mobilis for host institutions',
    home: 'Inbox – Mobilis for host institutions',
    noAccess: 'No host institution – Mobilis for host institutions',
    invitation: 'Accept your invitation – Mobilis for host institutions',
    signInLink: 'Signing in – Mobilis for host institutions',
    placement: '{{participant}} – Mobilis for host institutions',
    placementNotFound: 'Placement not found – Mobilis for host institutions',
    organisation: 'Organisation profile – Mobilis for host institutions',
  },
  home: {
    welcome: 'Welcome, {{name}}',
    intro: 'Decide on placements, confirm arrivals and departures, and record what participants learned.',
  },
  noAccess: {
    title: 'No host institution',
    message:
      'Mobilis for host institutions is for contact persons at host institutions. Your account is not the contact person of any host institution.',
  },
  nav: {
    label: 'Main',
    inbox: 'Inbox',
    organisation: 'Organisation profile',
  },
  inbox: inboxEn,
  placements: placementsEn,
  agreement: agreementEn,
  organisation: organisationEn,
  access: accessEn,
  forms: formsEn,
};

export type HostResources = typeof hostEn;

declare module 'i18next' {
  interface ResourceNamespaceMap {
    host: HostResources;
  }
}
