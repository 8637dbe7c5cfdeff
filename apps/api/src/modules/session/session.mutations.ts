import { TooManyAttemptsError } from '../../auth/sign-in-throttle';
import type { RequestViewer } from '../../context';
import { builder } from '../../graphql/builder';
import { ErrorInterface, InputValidationError, InvalidCredentialsError } from '../../graphql/errors';
import { ViewerRef } from '../viewer/viewer.types';
import { signIn } from './services/sign-in';
import { signOut } from './services/sign-out';

builder.objectType(TooManyAttemptsError, {
  name: 'TooManyAttemptsError',
  description: 'Too many failed sign-ins for this account or from this address in 15 minutes.',
  interfaces: [ErrorInterface],
});

const SignInInput = builder.inputType('SignInInput', {
  fields: (t) => ({
    email: t.string(),
    password: t.string(),
  }),
});

export const SignInPayloadRef = builder.objectRef<{ viewer: RequestViewer }>('SignInPayload').implement({
  fields: (t) => ({ viewer: t.field({ type: ViewerRef, resolve: (p) => p.viewer }) }),
});

const SignOutPayload = builder.objectRef<{ signedOut: boolean }>('SignOutPayload').implement({
  fields: (t) => ({ signedOut: t.exposeBoolean('signedOut') }),
});

builder.mutationField('signIn', (t) =>
  t.field({
    type: SignInPayloadRef,
    description: 'Sign in with e-mail and password; sets the session cookie.',
    args: { input: t.arg({ type: SignInInput }) },
    errors: {
      types: [InvalidCredentialsError, TooManyAttemptsError, InputValidationError],
      union: { name: 'SignInResult' },
    },
    resolve: async (_root, { input }, context) => {
      const signedIn = await signIn(
        {
          db: context.db,
          now: context.clock(),
          session: context.sessionConfig,
          previousToken: context.cookies.read(),
          ip: context.ip,
        },
        input,
      );
      context.cookies.set(signedIn.token, signedIn.expiresAt);
      context.log.info({ userId: signedIn.viewer.user.id }, 'signed in');
      return { viewer: signedIn.viewer };
    },
  }),
);

builder.mutationField('signOut', (t) =>
  t.field({
    type: SignOutPayload,
    description: 'End the current session on the server and clear the cookie.',
    resolve: async (_root, _args, context) => {
      await signOut(context.db, context.cookies.read());
      context.cookies.clear();
      return { signedOut: true };
    },
  }),
);
