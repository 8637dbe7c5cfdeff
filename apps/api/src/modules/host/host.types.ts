import { listMembersWithRoles, type Member } from '@mobilis/db/repositories/membership-repository';
import type { Mobility } from '@mobilis/db/repositories/mobility-repository';
import { listMobilitiesForHost } from '@mobilis/db/repositories/mobility-repository';
import {
  listOutboxMessagesByMobilityIds,
  type OutboxMessage,
} from '@mobilis/db/repositories/outbox-repository';
import {
  OUTCOME_ACHIEVEMENTS,
  type RecordOutcomesValues,
  SKILL_AREAS,
} from '@mobilis/domain/host/host-inputs';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { sendingRole } from '../../auth/sending-access';
import type { Context } from '../../context';
import { builder } from '../../graphql/builder';
import { MobilityRef } from '../mobility/mobility.types';
import { OrganisationRef } from '../organisation/organisation.types';

const MentorRef = builder.objectRef<NonNullable<Mobility['hostMentor']>>('Mentor').implement({
  description: 'The person at the host who looks after the participant.',
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.string({ nullable: true, resolve: (m) => m.role }),
    email: t.string({ nullable: true, resolve: (m) => m.email }),
    phone: t.string({ nullable: true, resolve: (m) => m.phone }),
  }),
});

const AttendanceRef = builder.objectRef<NonNullable<Mobility['attendance']>>('Attendance').implement({
  description: 'What the host confirmed at departure.',
  fields: (t) => ({
    attendanceDays: t.exposeInt('attendanceDays'),
    interruptionDays: t.exposeInt('interruptionDays'),
    interruptionNote: t.string({ nullable: true, resolve: (a) => a.interruptionNote }),
  }),
});

export const OutcomeAchievementEnum = builder.enumType('OutcomeAchievement', {
  values: OUTCOME_ACHIEVEMENTS,
});

const OutcomeRef = builder
  .objectRef<RecordOutcomesValues['outcomes'][number]>('OutcomeAssessment')
  .implement({
    fields: (t) => ({
      title: t.exposeString('title'),
      achievement: t.field({ type: OutcomeAchievementEnum, resolve: (o) => o.achievement }),
      comment: t.string({ nullable: true, resolve: (o) => o.comment }),
    }),
  });

const SkillsRef = builder.objectRef<RecordOutcomesValues['skills']>('SkillsDescription').implement({
  description: 'Europass-Mobility-style description of the skills acquired, by area.',
  fields: (t) =>
    Object.fromEntries(
      SKILL_AREAS.map((area) => [area, t.string({ nullable: true, resolve: (s) => s[area] ?? null })]),
    ),
});

const OutcomesRef = builder.objectRef<RecordOutcomesValues>('HostOutcomes').implement({
  description: 'The host’s assessment of the learning outcomes, with the skills description.',
  fields: (t) => ({
    outcomes: t.field({ type: [OutcomeRef], resolve: (o) => o.outcomes }),
    skills: t.field({ type: SkillsRef, resolve: (o) => o.skills }),
  }),
});

const deliveryLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, OutboxMessage[]>(async (ids) => {
      const messages = await listOutboxMessagesByMobilityIds(context.db, ids);
      return ids.map((id) => messages.filter((m) => m.mobilityId === id));
    }),
);

const DeliveryRef = builder.objectRef<OutboxMessage>('EmailDelivery').implement({
  description: 'An e-mail about this mobility and whether it reached the recipient’s mail server.',
  fields: (t) => ({
    kind: t.exposeString('kind'),
    recipientEmail: t.exposeString('recipientEmail'),
    subject: t.exposeString('subject'),
    status: t.exposeString('status', { description: 'PENDING (queued or being retried), SENT or FAILED.' }),
    attempts: t.exposeInt('attempts'),
    lastError: t.string({ nullable: true, resolve: (m) => m.lastError }),
    createdAt: t.string({ resolve: (m) => m.createdAt.toISOString() }),
    sentAt: t.string({ nullable: true, resolve: (m) => m.sentAt?.toISOString() ?? null }),
  }),
});

builder.objectFields(MobilityRef, (t) => ({
  hostMentor: t.field({ type: MentorRef, nullable: true, resolve: (m) => m.hostMentor }),
  declineReason: t.string({ nullable: true, resolve: (m) => m.declineReason }),
  attendance: t.field({ type: AttendanceRef, nullable: true, resolve: (m) => m.attendance }),
  hostOutcomes: t.field({
    type: OutcomesRef,
    nullable: true,
    resolve: (m) => (m.outcomes as RecordOutcomesValues | null) ?? null,
  }),
  emailDeliveries: t.field({
    type: [DeliveryRef],
    nullable: true,
    description: 'E-mails about this mobility with their delivery status; for the sending organisation only.',
    resolve: async (m, _a, c) =>
      (await sendingRole(c.viewer, m.organisationId)) ? deliveryLoader(c).load(m.id) : null,
  }),
}));

async function isHostContactOf(context: Context, organisationId: string): Promise<boolean> {
  if (!context.viewer) return false;
  return (await context.viewer.memberships()).some(
    (m) => m.organisationId === organisationId && m.role === 'HOST_CONTACT',
  );
}

const placementsLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, Mobility[]>(async (ids) =>
      Promise.all(ids.map((id) => listMobilitiesForHost(context.db, id))),
    ),
);

const PlacementCountsRef = builder.simpleObject('PlacementCounts', {
  description: 'The host inbox at a glance.',
  fields: (t) => ({
    toDecide: t.int({ description: 'Proposed, waiting for your decision.' }),
    upcoming: t.int({ description: 'Confirmed or agreed, not yet arrived.' }),
    ongoing: t.int({ description: 'Arrived, not yet departed.' }),
    toConfirm: t.int({ description: 'Ongoing past the planned end: departure to confirm.' }),
  }),
});

const HostContactRef = builder.objectRef<Member>('HostContact').implement({
  description: 'A person who acts for a host institution in Mobilis.',
  fields: (t) => ({
    displayName: t.exposeString('displayName'),
    email: t.exposeString('email'),
  }),
});

builder.objectFields(OrganisationRef, (t) => ({
  hostContacts: t.field({
    type: [HostContactRef],
    nullable: true,
    description: 'The host institution’s contacts in Mobilis; for its own contacts only, null otherwise.',
    resolve: async (o, _a, c) =>
      (await isHostContactOf(c, o.id)) ? listMembersWithRoles(c.db, o.id, ['HOST_CONTACT']) : null,
  }),
  placements: t.field({
    type: [MobilityRef],
    nullable: true,
    description:
      'Mobilities placed with this host institution from PROPOSED on; null unless you are its contact.',
    resolve: async (o, _a, c) => ((await isHostContactOf(c, o.id)) ? placementsLoader(c).load(o.id) : null),
  }),
  placementCounts: t.field({
    type: PlacementCountsRef,
    nullable: true,
    resolve: async (o, _a, c) => {
      if (!(await isHostContactOf(c, o.id))) return null;
      const today = c.clock().toISOString().slice(0, 10);
      const all = await placementsLoader(c).load(o.id);
      const count = (f: (m: Mobility) => boolean) => all.filter(f).length;
      return {
        toDecide: count((m) => m.status === 'PROPOSED'),
        upcoming: count((m) => m.status === 'CONFIRMED' || m.status === 'AGREED'),
        ongoing: count((m) => m.status === 'ONGOING'),
        toConfirm: count((m) => m.status === 'ONGOING' && m.plannedEndDate <= today),
      };
    },
  }),
}));
