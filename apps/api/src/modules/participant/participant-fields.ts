import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import {
  findFewerOpportunitiesJustifications,
  type Participant,
} from '@mobilis/db/repositories/participant-repository';
import { sendingRole } from '../../auth/sending-access';
import { builder } from '../../graphql/builder';
import { DateScalar } from '../../graphql/scalars';
import { ParticipantRef } from './participant.types';
import { seesParticipantDetails } from './participant-details-access';

const detail =
  <T>(read: (p: Participant) => T) =>
  async (p: Participant, _args: unknown, context: Parameters<typeof seesParticipantDetails>[0]) =>
    (await seesParticipantDetails(context, p)) ? read(p) : null;

builder.objectFields(ParticipantRef, (t) => ({
  firstName: t.exposeString('firstName'),
  lastName: t.exposeString('lastName'),
  email: t.string({
    nullable: true,
    description: 'For the sending organisation and the participant.',
    resolve: detail((p) => p.email),
  }),
  dateOfBirth: t.field({
    type: DateScalar,
    nullable: true,
    description: 'For the sending organisation and the participant.',
    resolve: detail((p) => p.dateOfBirth),
  }),
  unit: t.string({
    nullable: true,
    description: 'Organisation unit or class.',
    resolve: detail((p) => p.unit),
  }),
  fewerOpportunities: t.boolean({
    nullable: true,
    description: 'Participant with fewer opportunities (unlocks inclusion support).',
    resolve: detail((p) => p.fewerOpportunities),
  }),
  fewerOpportunitiesJustification: t.string({
    nullable: true,
    description:
      'Special-category data: only the sending organisation’s administrators see it, and every read is logged.',
    resolve: async (p, _args, context) => {
      if (!context.viewer || (await sendingRole(context.viewer, p.organisationId)) !== 'ADMIN') return null;
      const [row] = await findFewerOpportunitiesJustifications(context.db, [p.id]);
      if (!row?.justification) return null;
      // GDPR access log for special-category data: who read whose, when — never the value itself.
      await insertAuditEvent(context.db, {
        organisationId: p.organisationId,
        subjectType: 'PARTICIPANT',
        subjectId: p.id,
        action: 'SPECIAL_CATEGORY_DATA_READ',
        actorUserId: context.viewer.user.id,
        occurredAt: context.clock(),
        details: { field: 'fewerOpportunitiesJustification' },
      });
      return row.justification;
    },
  }),
  version: t.exposeInt('version'),
}));
