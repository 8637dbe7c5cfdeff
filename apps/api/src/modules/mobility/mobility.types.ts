import {
  type AuditEvent,
  listAuditEventsBySubjectIds,
} from '@mobilis/db/repositories/audit-event-repository';
import { findVisibleMobilitiesByIds, type Mobility } from '@mobilis/db/repositories/mobility-repository';
import { findUsersByIds } from '@mobilis/db/repositories/user-repository';
import { toGraphqlEnumName } from '@mobilis/domain/catalogue/graphql-enum-name';
import type { GrantResult } from '@mobilis/domain/grant/grant-result';
import { MOBILITY_ACTION_TYPES } from '@mobilis/domain/mobility/mobility-action';
import { availableMobilityActions } from '@mobilis/domain/mobility/mobility-policies';
import {
  MOBILITY_STATUSES,
  type MobilityStatus,
  type MobilitySubject,
} from '@mobilis/domain/mobility/mobility-status';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { policyViewer, sendingRole } from '../../auth/sending-access';
import type { Context } from '../../context';
import { builder } from '../../graphql/builder';
import { must, requestLoaders } from '../../graphql/request-loaders';
import { DateScalar } from '../../graphql/scalars';
import { ActivityTypeCodeEnum } from '../catalogue/catalogue.types';
import { GrantEstimateRef } from '../grant/grant.types';
import { OrganisationRef } from '../organisation/organisation.types';
import { ParticipantRef } from '../participant/participant.types';
import { ProjectRef } from '../project/project.types';

export const MobilityStatusEnum = builder.enumType('MobilityStatus', {
  description:
    'Where a mobility stands in its lifecycle (DRAFT → PROPOSED → CONFIRMED → AGREED → ONGOING → COMPLETED → CLOSED).',
  values: MOBILITY_STATUSES,
});

export const MobilityActionEnum = builder.enumType('MobilityAction', {
  description: 'A lifecycle action; `availableActions` lists the ones the viewer may take now.',
  values: MOBILITY_ACTION_TYPES,
});

export function mobilitySubject(m: Mobility): MobilitySubject {
  return {
    status: m.status as MobilityStatus,
    sendingOrganisationId: m.organisationId,
    hostOrganisationId: m.hostOrganisationId,
    participantId: m.participantId,
    cancelledFromStatus: (m.cancelledFromStatus as MobilityStatus | null) ?? null,
  };
}

const timelineLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, AuditEvent[]>(async (ids) => {
      const events = await listAuditEventsBySubjectIds(context.db, ids);
      return ids.map((id) => events.filter((e) => e.subjectId === id));
    }),
);

const actorNameLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, string | null>(async (ids) => {
      const users = new Map((await findUsersByIds(context.db, ids)).map((u) => [u.id, u.displayName]));
      return ids.map((id) => users.get(id) ?? null);
    }),
);

const TimelineEventRef = builder.objectRef<AuditEvent>('TimelineEvent').implement({
  description: 'Something that happened to a mobility: who, when, what changed.',
  fields: (t) => ({
    action: t.exposeString('action', {
      description: 'e.g. MOBILITY_CREATED, PLACEMENT_PROPOSED, MOBILITY_CANCELLED.',
    }),
    occurredAt: t.string({ resolve: (e) => e.occurredAt.toISOString() }),
    actorName: t.string({
      nullable: true,
      resolve: (e, _args, context) => (e.actorUserId ? actorNameLoader(context).load(e.actorUserId) : null),
    }),
    details: t.string({
      description: 'JSON object with the change.',
      resolve: (e) => JSON.stringify(e.details),
    }),
  }),
});

export const MobilityRef = builder.loadableNode('Mobility', {
  description: 'One person’s stay abroad: who, where, what activity, when, its grant and its status.',
  id: { resolve: (m: Mobility) => m.id },
  load: (ids: string[], context) =>
    context.viewer
      ? findVisibleMobilitiesByIds(context.db, ids, context.viewer.user.id)
      : Promise.resolve([]),
  sort: (m) => m.id,
  fields: (t) => ({
    reference: t.exposeString('reference', {
      description: 'Mobility ID within the project, e.g. MOB-00001.',
    }),
    status: t.field({ type: MobilityStatusEnum, resolve: (m) => m.status as MobilityStatus }),
    version: t.exposeInt('version', {
      description: 'Concurrency token: pass it as expectedVersion when changing.',
    }),
    activityType: t.field({ type: ActivityTypeCodeEnum, resolve: (m) => m.activityType as 'SM-TTA' }),
    activityTypeEnumName: t.string({ resolve: (m) => toGraphqlEnumName(m.activityType) }),
    participant: t.field({
      type: ParticipantRef,
      resolve: (m, _a, c) => requestLoaders(c).participant.load(m.participantId).then(must),
    }),
    sendingOrganisation: t.field({
      type: OrganisationRef,
      resolve: (m, _a, c) => requestLoaders(c).organisation.load(m.organisationId).then(must),
    }),
    hostOrganisation: t.field({
      type: OrganisationRef,
      nullable: true,
      resolve: (m, _a, c) =>
        m.hostOrganisationId ? requestLoaders(c).organisation.load(m.hostOrganisationId) : null,
    }),
    project: t.field({
      type: ProjectRef,
      nullable: true,
      description: 'The grant it is paid from; null for viewers outside the sending organisation.',
      resolve: async (m, _a, c) =>
        (await sendingRole(c.viewer, m.organisationId)) ? requestLoaders(c).project.load(m.projectId) : null,
    }),
    projectCode: t.string({
      resolve: (m, _a, c) =>
        requestLoaders(c)
          .project.load(m.projectId)
          .then((p) => must(p).code),
    }),
    plannedStartDate: t.field({ type: DateScalar, resolve: (m) => m.plannedStartDate }),
    plannedEndDate: t.field({ type: DateScalar, resolve: (m) => m.plannedEndDate }),
    actualStartDate: t.field({ type: DateScalar, nullable: true, resolve: (m) => m.actualStartDate }),
    actualEndDate: t.field({ type: DateScalar, nullable: true, resolve: (m) => m.actualEndDate }),
    travelDays: t.exposeInt('travelDays'),
    greenTravel: t.exposeBoolean('greenTravel'),
    officialDistanceKm: t.float({ nullable: true, resolve: (m) => m.officialDistanceKm }),
    computedDistanceKm: t.float({
      nullable: true,
      description: 'Great-circle suggestion.',
      resolve: (m) => m.computedDistanceKm,
    }),
    courseFeeDays: t.exposeInt('courseFeeDays'),
    accompanyingPerson: t.exposeBoolean('accompanyingPerson'),
    zeroGrant: t.exposeBoolean('zeroGrant'),
    forceMajeure: t.exposeBoolean('forceMajeure'),
    organisationalSupportNotRequested: t.exposeBoolean('organisationalSupportNotRequested'),
    cancellationReason: t.string({ nullable: true, resolve: (m) => m.cancellationReason }),
    grant: t.field({
      type: GrantEstimateRef,
      nullable: true,
      description:
        'The grant as last computed from the project’s rate card; null for viewers outside the sending organisation.',
      resolve: async (m, _a, c) =>
        (await sendingRole(c.viewer, m.organisationId)) ? (m.grant as GrantResult) : null,
    }),
    rateCardVersion: t.exposeString('rateCardVersion'),
    timeline: t.field({
      type: [TimelineEventRef],
      nullable: true,
      description:
        'Audit events of this mobility, oldest first; null for viewers outside the sending organisation.',
      resolve: async (m, _a, c) =>
        (await sendingRole(c.viewer, m.organisationId)) ? timelineLoader(c).load(m.id) : null,
    }),
    availableActions: t.field({
      type: [MobilityActionEnum],
      description: 'Lifecycle actions the viewer may take now (the apps offer only these).',
      resolve: async (m, _a, c) =>
        c.viewer ? availableMobilityActions(await policyViewer(c.viewer), mobilitySubject(m)) : [],
    }),
  }),
});
