import { formsDe } from '../features/forms/forms-de';
import { agreementDe } from '../features/learning-agreement/agreement-de';
import { mobilitiesDe } from '../features/mobilities/mobilities-de';
import { preparationDe } from '../features/preparation/preparation-de';
import { reportDe } from '../features/report/report-de';
import type { ParticipantResources } from './participant-en';

/** German texts of the participants app (namespace `participant`). */
export const participantDe: ParticipantResources = {
  pageTitle: {
    signIn: 'Anmelden – Mobilis für Teilnehmende',
    home: 'Start – Mobilis für Teilnehmende',
    noAccess: 'Kein Teilnahmedatensatz – Mobilis für Teilnehmende',
    mobility: '{{title}} – Mobilis für Teilnehmende',
    notFound: 'Mobilität nicht gefunden – Mobilis für Teilnehmende',
  },
  nav: {
    label: 'Hauptnavigation',
    mobilities: 'Meine Mobilitäten',
  },
  home: {
    welcome: 'Willkommen, {{name}}',
    intro:
      'Hier begleiten Sie Ihren Auslandsaufenthalt: Ihr Lernprogramm, Ihre Vorbereitung und Ihr Zertifikat.',
    sendingOrganisationsTitle: 'Entsandt von',
    city: 'Ort',
    country: 'Land',
    category: 'Sie nehmen teil als',
    current: 'Aktuell',
    noSendingOrganisations: 'Noch keine Organisation hat Sie als Teilnehmerin oder Teilnehmer erfasst.',
  },
  categories: {
    LEARNER: 'Lernende Person',
    STAFF: 'Mitglied des Personals',
  },
  noAccess: {
    title: 'Kein Teilnahmedatensatz',
    message:
      'Mobilis für Teilnehmende ist für Lernende und Personal, die ins Ausland gehen. Ihr Konto ist mit keiner Teilnahme einer entsendenden Organisation verknüpft.',
  },
  mobilities: mobilitiesDe,
  agreement: agreementDe,
  preparation: preparationDe,
  report: reportDe,
  forms: formsDe,
};
