/** English texts of the host-institutions app (namespace `host`). Every key must also exist in `host-de.ts`. */
export const hostEn = {
  pageTitle: {
    signIn: 'Sign in – Mobilis for host institutions',
    home: 'Start – Mobilis for host institutions',
    noAccess: 'No host institution – Mobilis for host institutions',
  },
  home: {
    welcome: 'Welcome, {{name}}',
    intro: 'You are the contact person for learners and staff coming to these host institutions.',
    hostOrganisationsTitle: 'Your host institutions',
    city: 'City',
    country: 'Country',
    current: 'Current',
    noHostOrganisations: 'You are not the contact person of any host institution yet.',
  },
  noAccess: {
    title: 'No host institution',
    message:
      'Mobilis for host institutions is for contact persons at host institutions. Your account is not the contact person of any host institution.',
  },
};

export type HostResources = typeof hostEn;

declare module 'i18next' {
  interface ResourceNamespaceMap {
    host: HostResources;
  }
}
