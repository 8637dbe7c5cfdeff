import type { Mobility } from '@mobilis/db/repositories/mobility-repository';
import { findPreparationChecklists } from '@mobilis/db/repositories/organisation-repository';
import {
  type ParticipantReport,
  RECOGNITION_ANSWERS,
} from '@mobilis/domain/participant/participant-report-input';
import { checklistOf } from '@mobilis/domain/participant/preparation-checklist';
import { sendingRole } from '../../auth/sending-access';
import type { Context } from '../../context';
import { builder } from '../../graphql/builder';
import {
  InputValidationError,
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
} from '../../graphql/errors';
import { MobilityRef } from '../mobility/mobility.types';
import { OrganisationRef } from '../organisation/organisation.types';
import {
  setPreparationChecklist,
  submitParticipantReport,
  tickPreparationItem,
} from './services/participant-steps';

const RecognitionEnum = builder.enumType('RecognitionAnswer', { values: RECOGNITION_ANSWERS });

const ChecklistItemRef = builder.simpleObject('PreparationItem', {
  fields: (t) => ({ key: t.string(), label: t.string(), doneAt: t.string({ nullable: true }) }),
});
const ReportRef = builder.objectRef<ParticipantReport>('ParticipantReport').implement({
  fields: (t) => ({
    satisfaction: t.exposeInt('satisfaction'),
    skillsGained: t.string({ nullable: true, resolve: (r) => r.skillsGained }),
    recognition: t.field({ type: RecognitionEnum, resolve: (r) => r.recognition }),
    comments: t.string({ nullable: true, resolve: (r) => r.comments }),
    submittedAt: t.exposeString('submittedAt'),
  }),
});

async function isPartyForPreparation(c: Context, m: Mobility) {
  const own = ((await c.viewer?.participants()) ?? []).some((p) => p.id === m.participantId);
  return own || (await sendingRole(c.viewer, m.organisationId)) !== null;
}

builder.objectFields(MobilityRef, (t) => ({
  preparation: t.field({
    type: [ChecklistItemRef],
    nullable: true,
    description:
      'The sending organisation’s checklist and what the participant ticked; for the participant and the sender.',
    resolve: async (m, _a, c) => {
      if (!(await isPartyForPreparation(c, m))) return null;
      const [stored] = await findPreparationChecklists(c.db, [m.organisationId]);
      return checklistOf(stored?.checklist).map((item) => ({
        ...item,
        doneAt: m.preparation?.[item.key] ?? null,
      }));
    },
  }),
  participantReport: t.field({
    type: ReportRef,
    nullable: true,
    description: 'The participant’s report after the mobility; for the participant and the sender.',
    resolve: async (m, _a, c) =>
      (await isPartyForPreparation(c, m))
        ? ((m.participantReport as ParticipantReport | null) ?? null)
        : null,
  }),
}));

const Payload = builder.objectRef<{ mobility: Mobility }>('ParticipantStepPayload').implement({
  fields: (t) => ({ mobility: t.field({ type: MobilityRef, resolve: (p) => p.mobility }) }),
});
const errors = [InputValidationError, StaleVersionError, NotFoundError, InvalidTransitionError];

builder.mutationField('tickPreparationItem', (t) =>
  t.field({
    type: Payload,
    description: 'Participant: tick or untick an item of the preparation checklist.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('TickPreparationItemInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            expectedVersion: f.int(),
            key: f.string(),
            done: f.boolean(),
          }),
        }),
      }),
    },
    errors: { types: errors, union: { name: 'TickPreparationItemResult' } },
    resolve: async (_r, { input }, c) => ({
      mobility: await tickPreparationItem(c, { ...input, mobilityId: input.mobilityId.id }),
    }),
  }),
);

builder.mutationField('submitParticipantReport', (t) =>
  t.field({
    type: Payload,
    description: 'Participant: submit the report after a completed mobility (once).',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('SubmitParticipantReportInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            expectedVersion: f.int(),
            satisfaction: f.int({ description: '1 (poor) to 5 (excellent).' }),
            skillsGained: f.string({ required: false }),
            recognition: f.field({ type: RecognitionEnum }),
            comments: f.string({ required: false }),
          }),
        }),
      }),
    },
    errors: { types: errors, union: { name: 'SubmitParticipantReportResult' } },
    resolve: async (_r, { input }, c) => {
      const { mobilityId, expectedVersion, ...report } = input;
      return {
        mobility: await submitParticipantReport(c, { mobilityId: mobilityId.id, expectedVersion, report }),
      };
    },
  }),
);

const ChecklistPayload = builder.simpleObject('PreparationChecklistPayload', {
  fields: (t) => ({ items: t.field({ type: [ChecklistItemRef] }) }),
});

builder.mutationField('setPreparationChecklist', (t) =>
  t.field({
    type: ChecklistPayload,
    description: 'Sending organisation: define the preparation checklist its participants tick.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('SetPreparationChecklistInput', {
          fields: (f) => ({
            organisationId: f.globalID({ for: OrganisationRef }),
            items: f.field({
              type: [
                builder.inputType('PreparationItemInput', {
                  fields: (g) => ({ key: g.string(), label: g.string() }),
                }),
              ],
            }),
          }),
        }),
      }),
    },
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'SetPreparationChecklistResult' },
    },
    resolve: async (_r, { input }, c) => ({
      items: (
        await setPreparationChecklist(c, { organisationId: input.organisationId.id, items: input.items })
      ).map((i) => ({ ...i, doneAt: null })),
    }),
  }),
);
