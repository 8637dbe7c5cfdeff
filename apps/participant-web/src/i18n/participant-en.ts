import { formsEn } from '../features/forms/forms-en';
import { agreementEn } from '../features/learning-agreement/agreement-en';
import { mobilitiesEn } from '../features/mobilities/mobilities-en';
import { preparationEn } from '../features/preparation/preparation-en';
import { reportEn } from '../features/report/report-en';

/** English texts of the participants app (namespace `participant`). Every key must also exist in `participant-de.ts`. */
export const participantEn = {
  pageTitle: {
    signIn: 'Sign in – Mobilis for participants',
    home: 'Start – Mobilis for participants',
    noAccess: 'No participant record – Mobilis for participants',
    mobility: '{{title}} – Mobilis for participants',
    notFound: 'Mobility not found – Mobilis for participants',
  },
  nav: {
    label: 'Main',
    mobilities: 'My mobilities',
  },
  home: {
    welcome: 'Welcome, {{name}}',
    intro:
      'Here you will follow your mobility abroad: your learning programme, your preparation and your certificate.',
    sendingOrganisationsTitle: 'Sent by',
    city: 'City',
    country: 'Country',
    category: 'You go as',
    current: 'Current',
    noSendingOrganisations: 'No organisation has registered you as a participant yet.',
  },
  categories: {
    LEARNER: 'Learner',
    STAFF: 'Staff member',
  },
  noAccess: {
    title: 'No participant record',
    message:
      'Mobilis for participants is for learners and staff going abroad. Your account is not linked to a participant of any sending organisation.',
  },
  mobilities: mobilitiesEn,
  agreement: agreementEn,
  preparation: preparationEn,
  report: reportEn,
  forms: formsEn,
};

export type ParticipantResources = typeof participantEn;

declare module 'i18next' {
  interface ResourceNamespaceMap {
    participant: ParticipantResources;
  }
}
