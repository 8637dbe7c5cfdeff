/** English texts shared by all apps (namespace `common`). Every key must also exist in `common-de.ts`. */
export const commonEn = {
  appNames: {
    org: 'Mobilis for organisations',
    host: 'Mobilis for host institutions',
    participant: 'Mobilis for participants',
  },
  shell: {
    skipToContent: 'Skip to main content',
    signOut: 'Sign out',
    organisation: 'Organisation',
    signedInAs: 'Signed in as {{name}}',
  },
  language: {
    label: 'Language',
    en: 'English',
    de: 'Deutsch',
  },
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with your e-mail address and password.',
    email: 'E-mail',
    password: 'Password',
    showPassword: 'Show characters',
    submit: 'Sign in',
    emailRequired: 'Enter your e-mail address',
    emailInvalid: 'Enter a valid e-mail address',
    passwordRequired: 'Enter your password',
    invalidCredentials: 'E-mail or password is incorrect',
    tooManyAttempts: 'Too many failed sign-ins. Wait 15 minutes, or ask for a sign-in link by e-mail.',
    validationFailed: 'Please correct the highlighted fields',
    failedTitle: 'Sign-in failed',
  },
  noAccess: {
    useOtherApp: 'Your account can use:',
    noOtherApp: 'Your account has no role in Mobilis yet. Ask the organisation that invited you to add you.',
  },
  status: {
    loading: 'Loading…',
  },
  errors: {
    title: 'Something went wrong',
    generic: 'We could not reach Mobilis. Check your connection and try again.',
    signOutFailed: 'We could not sign you out. Try again.',
    retry: 'Try again',
    pageFailed: 'This page could not be shown.',
    backHome: 'Go to the start page',
  },
};

export type CommonResources = typeof commonEn;

declare module 'i18next' {
  interface ResourceNamespaceMap {
    common: CommonResources;
  }
}
