import { builder } from '../../graphql/builder';
import { ErrorInterface, InputValidationError, NotFoundError } from '../../graphql/errors';
import { OrganisationRef } from '../organisation/organisation.types';
import { SignInPayloadRef } from '../session/session.mutations';
import { inviteHostContact } from './services/invite-host-contact';
import { InvalidLinkError, redeemLink } from './services/redeem-link';
import { requestSignInLink } from './services/request-sign-in-link';

builder.objectType(InvalidLinkError, {
  name: 'InvalidLinkError',
  description: 'The link expired, was already used or does not exist. Ask for a new one.',
  interfaces: [ErrorInterface],
});

const InvitationPayload = builder.simpleObject('HostInvitationPayload', {
  fields: (t) => ({
    email: t.string(),
    expiresAt: t.string({ description: 'ISO timestamp; invitations last 7 days.' }),
  }),
});

builder.mutationField('inviteHostContact', (t) =>
  t.field({
    type: InvitationPayload,
    description:
      'Invite a person at a host institution of your directory; they get a single-use link valid for 7 days.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('InviteHostContactInput', {
          fields: (f) => ({
            sendingOrganisationId: f.globalID({ for: OrganisationRef }),
            hostOrganisationId: f.globalID({ for: OrganisationRef }),
            email: f.string(),
            name: f.string(),
            locale: f.string({ required: false, description: 'Language of the e-mail: en or de.' }),
          }),
        }),
      }),
    },
    errors: { types: [InputValidationError, NotFoundError], union: { name: 'InviteHostContactResult' } },
    resolve: async (_r, { input }, c) => {
      const invitation = await inviteHostContact(c, {
        ...input,
        sendingOrganisationId: input.sendingOrganisationId.id,
        hostOrganisationId: input.hostOrganisationId.id,
      });
      return { email: invitation.email, expiresAt: invitation.expiresAt.toISOString() };
    },
  }),
);

builder.mutationField('acceptInvitation', (t) =>
  t.field({
    type: SignInPayloadRef,
    description: 'Accept a host invitation: confirm your name, optionally choose a password; signs you in.',
    args: {
      input: t.arg({
        type: builder.inputType('AcceptInvitationInput', {
          fields: (f) => ({
            token: f.string(),
            displayName: f.string(),
            password: f.string({ required: false }),
          }),
        }),
      }),
    },
    errors: { types: [InvalidLinkError, InputValidationError], union: { name: 'AcceptInvitationResult' } },
    resolve: async (_r, { input }, c) => {
      const signedIn = await redeemLink(c, { ...input, purpose: 'INVITATION' });
      c.cookies.set(signedIn.token, signedIn.expiresAt);
      return { viewer: signedIn.viewer };
    },
  }),
);

const LinkRequestedPayload = builder.simpleObject('SignInLinkRequestedPayload', {
  description: 'Always the same answer, whether or not the address has an account.',
  fields: (t) => ({ requested: t.boolean() }),
});

const AppEnum = builder.enumType('MobilisApp', { values: ['org', 'host', 'participant'] as const });

builder.mutationField('requestSignInLink', (t) =>
  t.field({
    type: LinkRequestedPayload,
    description: 'E-mail a single-use sign-in link (valid 60 minutes) instead of using a password.',
    args: {
      input: t.arg({
        type: builder.inputType('RequestSignInLinkInput', {
          fields: (f) => ({ email: f.string(), app: f.field({ type: AppEnum }) }),
        }),
      }),
    },
    errors: { types: [InputValidationError], union: { name: 'RequestSignInLinkResult' } },
    resolve: async (_r, { input }, c) => {
      await requestSignInLink(c, input);
      return { requested: true };
    },
  }),
);

builder.mutationField('signInWithLink', (t) =>
  t.field({
    type: SignInPayloadRef,
    description: 'Sign in with the token of an e-mailed single-use link.',
    args: {
      input: t.arg({
        type: builder.inputType('SignInWithLinkInput', { fields: (f) => ({ token: f.string() }) }),
      }),
    },
    errors: { types: [InvalidLinkError], union: { name: 'SignInWithLinkResult' } },
    resolve: async (_r, { input }, c) => {
      const signedIn = await redeemLink(c, { token: input.token, purpose: 'SIGN_IN' });
      c.cookies.set(signedIn.token, signedIn.expiresAt);
      return { viewer: signedIn.viewer };
    },
  }),
);
