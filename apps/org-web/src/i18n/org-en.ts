/** English texts of the organisations app (namespace `org`). Every key must also exist in `org-de.ts`. */
export const orgEn = {
  pageTitle: {
    signIn: 'Sign in – Mobilis for organisations',
    home: 'Start – Mobilis for organisations',
    noAccess: 'No sending organisation – Mobilis for organisations',
  },
  home: {
    welcome: 'Welcome, {{name}}',
    intro: 'You coordinate learning mobility for these organisations.',
    membershipsTitle: 'Your organisations',
    city: 'City',
    country: 'Country',
    role: 'Your role',
    current: 'Current',
    noMemberships: 'You are not a member of any organisation yet.',
  },
  roles: {
    ADMIN: 'Administrator',
    COORDINATOR: 'Coordinator',
    HOST_CONTACT: 'Host contact',
  },
  noAccess: {
    title: 'No sending organisation',
    message:
      'Mobilis for organisations is for administrators and coordinators of sending organisations. Your account has no such role.',
  },
};

export type OrgResources = typeof orgEn;

declare module 'i18next' {
  interface ResourceNamespaceMap {
    org: OrgResources;
  }
}
