import type { Mobility } from '@mobilis/db/repositories/mobility-repository';
import { builder } from '../../graphql/builder';
import {
  InputValidationError,
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
} from '../../graphql/errors';
import { DateScalar } from '../../graphql/scalars';
import { MobilityRef } from '../mobility/mobility.types';
import { withoutNulls } from '../mobility/mobility-inputs';
import { OutcomeAchievementEnum } from './host.types';
import {
  confirmArrival,
  confirmDeparture,
  confirmPlacement,
  declinePlacement,
} from './services/host-placement-decisions';
import { recordOutcomes } from './services/record-outcomes';

const HostMobilityPayload = builder.objectRef<{ mobility: Mobility }>('HostMobilityPayload').implement({
  fields: (t) => ({ mobility: t.field({ type: MobilityRef, resolve: (p) => p.mobility }) }),
});

const errors = [StaleVersionError, InvalidTransitionError, NotFoundError, InputValidationError];

const MentorInput = builder.inputType('MentorInput', {
  fields: (t) => ({
    name: t.string(),
    role: t.string({ required: false }),
    email: t.string(),
    phone: t.string({ required: false }),
  }),
});

builder.mutationField('confirmPlacement', (t) =>
  t.field({
    type: HostMobilityPayload,
    description: 'Host: accept a proposed placement and name the mentor (PROPOSED → CONFIRMED).',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('ConfirmPlacementInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            expectedVersion: f.int(),
            mentor: f.field({ type: MentorInput }),
          }),
        }),
      }),
    },
    errors: { types: errors, union: { name: 'ConfirmPlacementResult' } },
    resolve: async (_r, { input }, c) => ({
      mobility: await confirmPlacement(c, {
        mobilityId: input.mobilityId.id,
        expectedVersion: input.expectedVersion,
        mentor: withoutNulls(input.mentor),
      }),
    }),
  }),
);

builder.mutationField('declinePlacement', (t) =>
  t.field({
    type: HostMobilityPayload,
    description: 'Host: decline a proposed placement with a reason (PROPOSED → DECLINED).',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('DeclinePlacementInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            expectedVersion: f.int(),
            reason: f.string(),
          }),
        }),
      }),
    },
    errors: { types: errors, union: { name: 'DeclinePlacementResult' } },
    resolve: async (_r, { input }, c) => ({
      mobility: await declinePlacement(c, {
        mobilityId: input.mobilityId.id,
        expectedVersion: input.expectedVersion,
        reason: input.reason,
      }),
    }),
  }),
);

builder.mutationField('confirmArrival', (t) =>
  t.field({
    type: HostMobilityPayload,
    description: 'Host: the participant arrived on this date (AGREED → ONGOING).',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('ConfirmArrivalInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            expectedVersion: f.int(),
            actualStartDate: f.field({ type: DateScalar }),
          }),
        }),
      }),
    },
    errors: { types: errors, union: { name: 'ConfirmArrivalResult' } },
    resolve: async (_r, { input }, c) => ({
      mobility: await confirmArrival(c, {
        mobilityId: input.mobilityId.id,
        expectedVersion: input.expectedVersion,
        actualStartDate: input.actualStartDate,
      }),
    }),
  }),
);

builder.mutationField('confirmDeparture', (t) =>
  t.field({
    type: HostMobilityPayload,
    description:
      'Host: the participant left on this date and attended these days (ONGOING → COMPLETED); the grant is recalculated.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('ConfirmDepartureInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            expectedVersion: f.int(),
            actualEndDate: f.field({ type: DateScalar }),
            attendanceDays: f.int(),
            interruptionDays: f.int({ required: false }),
            interruptionNote: f.string({ required: false }),
          }),
        }),
      }),
    },
    errors: { types: errors, union: { name: 'ConfirmDepartureResult' } },
    resolve: async (_r, { input }, c) => ({
      mobility: await confirmDeparture(c, { ...input, mobilityId: input.mobilityId.id }),
    }),
  }),
);

const OutcomeInput = builder.inputType('OutcomeAssessmentInput', {
  fields: (t) => ({
    title: t.string(),
    achievement: t.field({ type: OutcomeAchievementEnum }),
    comment: t.string({ required: false }),
  }),
});
const SkillsInput = builder.inputType('SkillsDescriptionInput', {
  fields: (t) => ({
    jobRelated: t.string({ required: false }),
    language: t.string({ required: false }),
    digital: t.string({ required: false }),
    organisational: t.string({ required: false }),
    communication: t.string({ required: false }),
    other: t.string({ required: false }),
  }),
});

builder.mutationField('recordOutcomes', (t) =>
  t.field({
    type: HostMobilityPayload,
    description:
      'Host: assess each learning outcome and describe the skills acquired (fills the certificate).',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('RecordOutcomesInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            expectedVersion: f.int(),
            outcomes: f.field({ type: [OutcomeInput] }),
            skills: f.field({ type: SkillsInput }),
          }),
        }),
      }),
    },
    errors: { types: errors, union: { name: 'RecordOutcomesResult' } },
    resolve: async (_r, { input }, c) => ({
      mobility: await recordOutcomes(c, {
        mobilityId: input.mobilityId.id,
        expectedVersion: input.expectedVersion,
        outcomes: input.outcomes.map((o) => withoutNulls(o)),
        skills: withoutNulls(input.skills),
      }),
    }),
  }),
);
