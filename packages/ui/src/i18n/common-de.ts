import type { CommonResources } from './common-en';

/** German texts shared by all apps (namespace `common`). */
export const commonDe: CommonResources = {
  appNames: {
    org: 'Mobilis für Organisationen',
    host: 'Mobilis für Aufnahmeeinrichtungen',
    participant: 'Mobilis für Teilnehmende',
  },
  shell: {
    skipToContent: 'Zum Hauptinhalt springen',
    signOut: 'Abmelden',
    organisation: 'Organisation',
    signedInAs: 'Angemeldet als {{name}}',
  },
  language: {
    label: 'Sprache',
    en: 'English',
    de: 'Deutsch',
  },
  signIn: {
    title: 'Anmelden',
    intro: 'Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.',
    email: 'E-Mail',
    password: 'Passwort',
    showPassword: 'Zeichen anzeigen',
    submit: 'Anmelden',
    emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein',
    emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein',
    passwordRequired: 'Geben Sie Ihr Passwort ein',
    invalidCredentials: 'E-Mail-Adresse oder Passwort ist falsch',
    tooManyAttempts:
      'Zu viele fehlgeschlagene Anmeldungen. Warten Sie 15 Minuten oder lassen Sie sich einen Anmeldelink schicken.',
    validationFailed: 'Bitte korrigieren Sie die markierten Felder',
    failedTitle: 'Anmeldung fehlgeschlagen',
  },
  noAccess: {
    useOtherApp: 'Ihr Konto kann Folgendes nutzen:',
    noOtherApp:
      'Ihr Konto hat noch keine Rolle in Mobilis. Bitten Sie die Organisation, die Sie eingeladen hat, Sie hinzuzufügen.',
  },
  status: {
    loading: 'Wird geladen …',
  },
  errors: {
    title: 'Etwas ist schiefgegangen',
    generic: 'Mobilis ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    signOutFailed: 'Die Abmeldung hat nicht geklappt. Versuchen Sie es erneut.',
    retry: 'Erneut versuchen',
    pageFailed: 'Diese Seite kann nicht angezeigt werden.',
    backHome: 'Zur Startseite',
  },
};
