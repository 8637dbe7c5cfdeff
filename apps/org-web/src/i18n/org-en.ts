import { dashboardEn } from '../features/dashboard/dashboard-en';
import { formsEn } from '../features/forms/forms-en';
import { grantCalculatorEn } from '../features/grant-calculator/grant-calculator-en';
import { hostsEn } from '../features/hosts/hosts-en';
import { learningAgreementEn } from '../features/learning-agreement/learning-agreement-en';
import { mobilitiesEn } from '../features/mobilities/mobilities-en';
import { participantsEn } from '../features/participants/participants-en';
import { preparationEn } from '../features/preparation/preparation-en';
import { projectsEn } from '../features/projects/projects-en';

/** English texts of the organisations app (namespace `org`). Every key must also exist in `org-de.ts`. */
export const orgEn = {
  pageTitle: {
    signIn: 'Sign in – Mobilis for organisations',
    home: 'Start – Mobilis for organisations',
    noAccess: 'No sending organisation – Mobilis for organisations',
    grantCalculator: 'Grant calculator – Mobilis for organisations',
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
  nav: {
    label: 'Main',
    home: 'Home',
    grantCalculator: 'Grant calculator',
    projects: 'Projects',
    participants: 'Participants',
    hosts: 'Host institutions',
    preparation: 'Preparation checklist',
  },
  grantCalculator: grantCalculatorEn,
  mobilities: mobilitiesEn,
  dashboard: dashboardEn,
  projects: projectsEn,
  participants: participantsEn,
  hosts: hostsEn,
  preparation: preparationEn,
  forms: formsEn,
  learningAgreement: learningAgreementEn,
};

export type OrgResources = typeof orgEn;

declare module 'i18next' {
  interface ResourceNamespaceMap {
    org: OrgResources;
  }
}
