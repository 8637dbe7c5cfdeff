import type { AccessTexts } from './access-en';

/** German texts of invitations and sign-in links (`host:access.*`). */
export const accessDe: AccessTexts = {
  backToSignIn: 'Zurück zur Anmeldung',
  invitation: {
    title: 'Einladung annehmen',
    intro:
      'Sie wurden zu Mobilis eingeladen. Dort entscheiden Sie über Erasmus+-Aufnahmen in Ihrer Einrichtung, bestätigen Ankunft und Abreise und erfassen Lernergebnisse.',
    displayName: 'Ihr Name',
    displayNameDescription: 'So sehen ihn Teilnehmende und entsendende Organisationen',
    password: 'Passwort (optional)',
    passwordDescription:
      'Mindestens 10 Zeichen. Ohne Passwort melden Sie sich mit einmaligen Links an, die wir Ihnen per E-Mail senden.',
    submit: 'Einladung annehmen',
    invalid:
      'Dieser Einladungslink ist nicht mehr gültig. Vielleicht ist er abgelaufen (Einladungen gelten 7 Tage) oder wurde schon verwendet.',
    askForLink: 'Wenn Sie die Einladung schon angenommen haben, senden wir Ihnen einen Anmeldelink:',
  },
  signInLink: {
    request: 'Anmeldelink per E-Mail senden',
    orWithoutPassword: 'oder ohne Passwort',
    intro: 'Wir senden Ihnen einen Link, mit dem Sie sich ohne Passwort anmelden.',
    email: 'E-Mail',
    submit: 'Anmeldelink senden',
    sent: 'Wenn es zu dieser Adresse ein Konto gibt, haben wir einen Link gesendet. Er gilt einmal und 60 Minuten lang.',
    usePassword: 'Stattdessen mit Passwort anmelden',
    signingIn: 'Sie werden angemeldet…',
    pleaseWait: 'Wir prüfen Ihren Anmeldelink.',
    invalidTitle: 'Dieser Anmeldelink ist nicht mehr gültig',
    invalid:
      'Anmeldelinks gelten einmal und 60 Minuten lang. Dieser ist abgelaufen oder wurde schon verwendet. Auf der Anmeldeseite können Sie einen neuen anfordern.',
  },
};
