import { builder } from '../../graphql/builder';
import { InputValidationError, NotFoundError, StaleVersionError } from '../../graphql/errors';
import { ContactPersonRef } from './host-directory.types';
import { OrganisationRef, OrganisationTypeEnum } from './organisation.types';
import { addContactPerson } from './services/add-contact-person';
import { addHostOrganisation } from './services/add-host-organisation';
import { updateOrganisationProfile } from './services/update-organisation-profile';

const OrganisationProfileInput = builder.inputType('OrganisationProfileInput', {
  description: 'An organisation’s profile. Empty identifiers mean "not known yet".',
  fields: (t) => ({
    name: t.string(),
    type: t.field({ type: OrganisationTypeEnum }),
    country: t.string({ description: 'ISO 3166-1 alpha-2.' }),
    city: t.string(),
    address: t.string({ required: false }),
    latitude: t.float({ required: false }),
    longitude: t.float({ required: false }),
    oid: t.string({ required: false }),
    pic: t.string({ required: false }),
    erasmusCode: t.string({ required: false }),
  }),
});

const OrganisationPayload = builder.simpleObject('OrganisationPayload', {
  fields: (t) => ({ organisation: t.field({ type: OrganisationRef }) }),
});

builder.mutationField('updateOrganisationProfile', (t) =>
  t.field({
    type: OrganisationPayload,
    description: 'Edit your organisation’s profile (administrators only).',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('UpdateOrganisationProfileInput', {
          fields: (f) => ({
            organisationId: f.globalID({ for: OrganisationRef }),
            expectedVersion: f.int(),
            profile: f.field({ type: OrganisationProfileInput }),
          }),
        }),
      }),
    },
    errors: {
      types: [InputValidationError, StaleVersionError, NotFoundError],
      union: { name: 'UpdateOrganisationProfileResult' },
    },
    resolve: async (_root, { input }, context) => ({
      organisation: await updateOrganisationProfile(context, {
        organisationId: input.organisationId.id,
        expectedVersion: input.expectedVersion,
        profile: input.profile,
      }),
    }),
  }),
);

builder.mutationField('addHostOrganisation', (t) =>
  t.field({
    type: OrganisationPayload,
    description: 'Add a host institution to your directory (an existing OID links that organisation).',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('AddHostOrganisationInput', {
          fields: (f) => ({
            sendingOrganisationId: f.globalID({ for: OrganisationRef }),
            profile: f.field({ type: OrganisationProfileInput }),
          }),
        }),
      }),
    },
    errors: { types: [InputValidationError, NotFoundError], union: { name: 'AddHostOrganisationResult' } },
    resolve: async (_root, { input }, context) => ({
      organisation: await addHostOrganisation(context, {
        sendingOrganisationId: input.sendingOrganisationId.id,
        profile: input.profile,
      }),
    }),
  }),
);

const ContactPersonPayload = builder.simpleObject('ContactPersonPayload', {
  fields: (t) => ({ contactPerson: t.field({ type: ContactPersonRef }) }),
});

builder.mutationField('addContactPerson', (t) =>
  t.field({
    type: ContactPersonPayload,
    description: 'Record a contact person at a host institution of your directory.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('AddContactPersonInput', {
          fields: (f) => ({
            sendingOrganisationId: f.globalID({ for: OrganisationRef }),
            hostOrganisationId: f.globalID({ for: OrganisationRef }),
            name: f.string(),
            role: f.string({ required: false }),
            email: f.string({ required: false }),
            phone: f.string({ required: false }),
          }),
        }),
      }),
    },
    errors: { types: [InputValidationError, NotFoundError], union: { name: 'AddContactPersonResult' } },
    resolve: async (_root, { input }, context) => ({
      contactPerson: await addContactPerson(context, {
        sendingOrganisationId: input.sendingOrganisationId.id,
        hostOrganisationId: input.hostOrganisationId.id,
        contact: { name: input.name, role: input.role, email: input.email, phone: input.phone },
      }),
    }),
  }),
);
