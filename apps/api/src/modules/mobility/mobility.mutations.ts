import type { Mobility } from '@mobilis/db/repositories/mobility-repository';
import { builder } from '../../graphql/builder';
import {
  InputValidationError,
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
} from '../../graphql/errors';
import { OrganisationRef } from '../organisation/organisation.types';
import { ParticipantRef } from '../participant/participant.types';
import { ProjectRef } from '../project/project.types';
import { MobilityRef } from './mobility.types';
import { MobilityFactsInput, withoutNulls } from './mobility-inputs';
import { cancelMobility } from './services/cancel-mobility';
import { proposePlacement } from './services/propose-placement';
import { returnMobilityToDraft } from './services/return-mobility-to-draft';
import { createMobility, editMobility } from './services/save-mobility';

const MobilityPayload = builder.objectRef<{ mobility: Mobility }>('MobilityPayload').implement({
  fields: (t) => ({ mobility: t.field({ type: MobilityRef, resolve: (p) => p.mobility }) }),
});

const lifecycleErrors = [StaleVersionError, InvalidTransitionError, NotFoundError, InputValidationError];

builder.mutationField('createMobility', (t) =>
  t.field({
    type: MobilityPayload,
    description: 'Plan a mobility (as a draft) with its grant computed from the project’s rate card.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('CreateMobilityInput', {
          fields: (f) => ({
            projectId: f.globalID({ for: ProjectRef }),
            participantId: f.globalID({ for: ParticipantRef }),
            hostOrganisationId: f.globalID({ for: OrganisationRef }),
            facts: f.field({ type: MobilityFactsInput }),
          }),
        }),
      }),
    },
    errors: { types: [InputValidationError, NotFoundError], union: { name: 'CreateMobilityResult' } },
    resolve: async (_root, { input }, context) => ({
      mobility: await createMobility(context, input.projectId.id, {
        participantId: input.participantId.id,
        hostOrganisationId: input.hostOrganisationId.id,
        facts: withoutNulls(input.facts),
      }),
    }),
  }),
);

builder.mutationField('updateMobility', (t) =>
  t.field({
    type: MobilityPayload,
    description:
      'Change a mobility’s facts; its grant is recalculated. Fails with StaleVersionError if someone else changed it first.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('UpdateMobilityInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            expectedVersion: f.int(),
            participantId: f.globalID({ for: ParticipantRef }),
            hostOrganisationId: f.globalID({ for: OrganisationRef }),
            facts: f.field({ type: MobilityFactsInput }),
          }),
        }),
      }),
    },
    errors: { types: lifecycleErrors, union: { name: 'UpdateMobilityResult' } },
    resolve: async (_root, { input }, context) => ({
      mobility: await editMobility(context, {
        mobilityId: input.mobilityId.id,
        expectedVersion: input.expectedVersion,
        participantId: input.participantId.id,
        hostOrganisationId: input.hostOrganisationId.id,
        facts: withoutNulls(input.facts),
      }),
    }),
  }),
);

builder.mutationField('proposePlacement', (t) =>
  t.field({
    type: MobilityPayload,
    description: 'Send the placement to the host (from DRAFT, or from DECLINED to another host).',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('ProposePlacementInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            expectedVersion: f.int(),
            hostOrganisationId: f.globalID({
              for: OrganisationRef,
              required: false,
              description: 'Another host (after a decline).',
            }),
          }),
        }),
      }),
    },
    errors: { types: lifecycleErrors, union: { name: 'ProposePlacementResult' } },
    resolve: async (_root, { input }, context) => ({
      mobility: await proposePlacement(context, {
        mobilityId: input.mobilityId.id,
        expectedVersion: input.expectedVersion,
        hostOrganisationId: input.hostOrganisationId?.id ?? null,
      }),
    }),
  }),
);

builder.mutationField('returnMobilityToDraft', (t) =>
  t.field({
    type: MobilityPayload,
    description: 'Take a declined mobility back to draft to rework it.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('ReturnMobilityToDraftInput', {
          fields: (f) => ({ mobilityId: f.globalID({ for: MobilityRef }), expectedVersion: f.int() }),
        }),
      }),
    },
    errors: { types: lifecycleErrors, union: { name: 'ReturnMobilityToDraftResult' } },
    resolve: async (_root, { input }, context) => ({
      mobility: await returnMobilityToDraft(context, {
        mobilityId: input.mobilityId.id,
        expectedVersion: input.expectedVersion,
      }),
    }),
  }),
);

builder.mutationField('cancelMobility', (t) =>
  t.field({
    type: MobilityPayload,
    description: 'Cancel a mobility before it is completed, with a reason and the force-majeure flag.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('CancelMobilityInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            expectedVersion: f.int(),
            reason: f.string(),
            forceMajeure: f.boolean(),
          }),
        }),
      }),
    },
    errors: { types: lifecycleErrors, union: { name: 'CancelMobilityResult' } },
    resolve: async (_root, { input }, context) => ({
      mobility: await cancelMobility(context, {
        mobilityId: input.mobilityId.id,
        expectedVersion: input.expectedVersion,
        reason: input.reason,
        forceMajeure: input.forceMajeure,
      }),
    }),
  }),
);
