import type { ParticipantResources } from './participant-en';

/** German texts of the participants app (namespace `participant`). */
export const participantDe: ParticipantResources = {
  pageTitle: {
    signIn: 'Anmelden – Mobilis für Teilnehmende',
    home: 'Start – Mobilis für Teilnehmende',
    noAccess: 'Kein Teilnahmedatensatz – Mobilis für Teilnehmende',
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
};
