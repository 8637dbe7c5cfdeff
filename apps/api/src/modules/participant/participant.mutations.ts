import type { CsvRowError } from '@mobilis/domain/participant/participant-csv-import';
import { builder } from '../../graphql/builder';
import { ErrorInterface, InputValidationError, NotFoundError } from '../../graphql/errors';
import { DateScalar } from '../../graphql/scalars';
import { OrganisationRef } from '../organisation/organisation.types';
import { ParticipantCategoryEnum, ParticipantRef } from './participant.types';
import { createParticipant } from './services/create-participant';
import { CsvImportError, importParticipants } from './services/import-participants';

const CsvRowErrorRef = builder.objectRef<CsvRowError>('CsvRowError').implement({
  description: 'One problem in an imported file, by row (header = 1) and column.',
  fields: (t) => ({
    row: t.exposeInt('row'),
    column: t.exposeString('column'),
    code: t.exposeString('code'),
    message: t.exposeString('message'),
  }),
});

builder.objectType(CsvImportError, {
  name: 'CsvImportError',
  description: 'The file has problems; nothing was imported. Each is listed by row and column.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ rowErrors: t.field({ type: [CsvRowErrorRef], resolve: (e) => [...e.rowErrors] }) }),
});

const ParticipantPayload = builder.simpleObject('ParticipantPayload', {
  fields: (t) => ({ participant: t.field({ type: ParticipantRef }) }),
});

builder.mutationField('createParticipant', (t) =>
  t.field({
    type: ParticipantPayload,
    description: 'Add a participant (staff member or learner) to your organisation.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('CreateParticipantInput', {
          fields: (f) => ({
            organisationId: f.globalID({ for: OrganisationRef }),
            firstName: f.string(),
            lastName: f.string(),
            email: f.string(),
            dateOfBirth: f.field({ type: DateScalar, required: false }),
            category: f.field({ type: ParticipantCategoryEnum }),
            unit: f.string({ required: false }),
            fewerOpportunities: f.boolean({ required: false }),
            fewerOpportunitiesJustification: f.string({
              required: false,
              description: 'Special-category data; stored only when an administrator enters it.',
            }),
          }),
        }),
      }),
    },
    errors: { types: [InputValidationError, NotFoundError], union: { name: 'CreateParticipantResult' } },
    resolve: async (_root, { input }, context) => {
      const { organisationId, ...participant } = input;
      const cleaned = Object.fromEntries(
        Object.entries(participant).filter(([, v]) => v !== null && v !== undefined),
      );
      return {
        participant: await createParticipant(context, {
          organisationId: organisationId.id,
          participant: cleaned,
        }),
      };
    },
  }),
);

const ImportParticipantsPayload = builder.simpleObject('ImportParticipantsPayload', {
  fields: (t) => ({ importedCount: t.int(), participants: t.field({ type: [ParticipantRef] }) }),
});

builder.mutationField('importParticipants', (t) =>
  t.field({
    type: ImportParticipantsPayload,
    description: 'Import participants from CSV (UTF-8, `;` or `,`): all rows or none.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('ImportParticipantsInput', {
          fields: (f) => ({
            organisationId: f.globalID({ for: OrganisationRef }),
            csv: f.string({
              description:
                'The file’s text. Columns: firstName, lastName, email, category, and optionally dateOfBirth, unit, fewerOpportunities.',
            }),
          }),
        }),
      }),
    },
    errors: { types: [CsvImportError, NotFoundError], union: { name: 'ImportParticipantsResult' } },
    resolve: async (_root, { input }, context) => {
      const participants = await importParticipants(context, {
        organisationId: input.organisationId.id,
        csv: input.csv,
      });
      return { importedCount: participants.length, participants };
    },
  }),
);
