/** English texts of invitations and sign-in links (`host:access.*`). */
export const accessEn = {
  backToSignIn: 'Back to sign-in',
  invitation: {
    title: 'Accept your invitation',
    intro:
      'You were invited to Mobilis, where you decide on Erasmus+ placements at your institution, confirm arrivals and departures and record learning outcomes.',
    displayName: 'Your name',
    displayNameDescription: 'As participants and sending organisations will see it',
    password: 'Password (optional)',
    passwordDescription:
      'At least 10 characters. Without a password, you sign in with single-use links we e-mail you.',
    submit: 'Accept invitation',
    invalid:
      'This invitation link is no longer valid. It may have expired (invitations last 7 days) or been used already.',
    askForLink: 'If you accepted it already, we can e-mail you a sign-in link:',
  },
  signInLink: {
    request: 'E-mail me a sign-in link',
    orWithoutPassword: 'or without a password',
    intro: 'We e-mail you a link that signs you in without a password.',
    email: 'E-mail',
    submit: 'Send sign-in link',
    sent: 'If this address has an account, we have sent a link. It works once and for 60 minutes.',
    usePassword: 'Sign in with a password instead',
    signingIn: 'Signing you in…',
    pleaseWait: 'Checking your sign-in link.',
    invalidTitle: 'This sign-in link is no longer valid',
    invalid:
      'Sign-in links work once and for 60 minutes. This one has expired or was used already. You can ask for a new one on the sign-in page.',
  },
};

export type AccessTexts = typeof accessEn;
