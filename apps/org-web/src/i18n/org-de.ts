import { dashboardDe } from '../features/dashboard/dashboard-de';
import { formsDe } from '../features/forms/forms-de';
import { grantCalculatorDe } from '../features/grant-calculator/grant-calculator-de';
import { hostsDe } from '../features/hosts/hosts-de';
import { learningAgreementDe } from '../features/learning-agreement/learning-agreement-de';
import { mobilitiesDe } from '../features/mobilities/mobilities-de';
import { participantsDe } from '../features/participants/participants-de';
import { preparationDe } from '../features/preparation/preparation-de';
import { projectsDe } from '../features/projects/projects-de';
import type { OrgResources } from './org-en';

/** German texts of the organisations app (namespace `org`). */
export const orgDe: OrgResources = {
  pageTitle: {
    signIn: 'Anmelden – Mobilis für Organisationen',
    home: 'Start – Mobilis für Organisationen',
    noAccess: 'Keine entsendende Organisation – Mobilis für Organisationen',
    grantCalculator: 'Zuschussrechner – Mobilis für Organisationen',
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
  nav: {
    label: 'Hauptnavigation',
    home: 'Start',
    grantCalculator: 'Zuschussrechner',
    projects: 'Projekte',
    participants: 'Teilnehmende',
    hosts: 'Aufnahmeeinrichtungen',
    preparation: 'Checkliste zur Vorbereitung',
  },
  grantCalculator: grantCalculatorDe,
  mobilities: mobilitiesDe,
  dashboard: dashboardDe,
  projects: projectsDe,
  participants: participantsDe,
  hosts: hostsDe,
  preparation: preparationDe,
  forms: formsDe,
  learningAgreement: learningAgreementDe,
};
