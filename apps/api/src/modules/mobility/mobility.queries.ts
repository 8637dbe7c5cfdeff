import { decodeMobilityCursor, listMobilitiesPage } from '@mobilis/db/repositories/mobility-page-repository';
import {
  countMobilitiesByStatus,
  findVisibleMobilitiesByIds,
} from '@mobilis/db/repositories/mobility-repository';
import { MOBILITY_STATUSES } from '@mobilis/domain/mobility/mobility-status';
import { sendingRole } from '../../auth/sending-access';
import { badUserInput } from '../../graphql/bad-user-input';
import { builder } from '../../graphql/builder';
import { InputValidationError, NotFoundError } from '../../graphql/errors';
import { badCursor, connectionOf, pageSize } from '../../graphql/page-args';
import { DateScalar } from '../../graphql/scalars';
import { ActivityTypeCodeEnum } from '../catalogue/catalogue.types';
import { GrantEstimateRef } from '../grant/grant.types';
import { OrganisationRef } from '../organisation/organisation.types';
import { ParticipantRef } from '../participant/participant.types';
import { ProjectRef } from '../project/project.types';
import { MobilityRef, MobilityStatusEnum } from './mobility.types';
import { computeMobilityGrant } from './mobility-grant';
import { MobilityFactsInput, withoutNulls } from './mobility-inputs';
import { prepareMobility } from './services/save-mobility';

const MobilityFilterInput = builder.inputType('MobilityFilter', {
  fields: (t) => ({
    projectId: t.globalID({ for: ProjectRef, required: false }),
    statuses: t.field({ type: [MobilityStatusEnum], required: false }),
    activityTypes: t.field({ type: [ActivityTypeCodeEnum], required: false }),
    hostCountry: t.string({ required: false, description: 'ISO 3166-1 alpha-2.' }),
    from: t.field({
      type: DateScalar,
      required: false,
      description: 'Planned period overlaps from this date…',
    }),
    to: t.field({ type: DateScalar, required: false, description: '…to this date.' }),
    participantName: t.string({ required: false, description: 'Part of the participant’s name.' }),
  }),
});

const MobilitySortField = builder.enumType('MobilitySortField', {
  values: ['PLANNED_START_DATE', 'PARTICIPANT_NAME'] as const,
});
const SortDirection = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });

const StatusCountRef = builder.simpleObject('StatusCount', {
  fields: (t) => ({ status: t.field({ type: MobilityStatusEnum }), count: t.int() }),
});

builder.objectFields(OrganisationRef, (t) => ({
  mobilities: t.connection({
    type: MobilityRef,
    nullable: true,
    description: 'The organisation’s mobilities, filtered and sorted; null unless you send for it.',
    args: {
      filter: t.arg({ type: MobilityFilterInput, required: false }),
      sortBy: t.arg({ type: MobilitySortField, required: false }),
      sortDirection: t.arg({ type: SortDirection, required: false }),
    },
    resolve: async (organisation, args, context) => {
      if (!context.viewer || !(await sendingRole(context.viewer, organisation.id))) return null;
      if (args.after && !decodeMobilityCursor(args.after)) throw badCursor();
      const f = args.filter;
      const page = await listMobilitiesPage(context.db, {
        organisationId: organisation.id,
        viewerUserId: context.viewer.user.id,
        filter: {
          projectId: f?.projectId?.id ?? null,
          statuses: f?.statuses ?? null,
          activityTypes: f?.activityTypes ?? null,
          hostCountry: f?.hostCountry?.toUpperCase() ?? null,
          from: f?.from ?? null,
          to: f?.to ?? null,
          participantName: f?.participantName ?? null,
        },
        sort: { field: args.sortBy ?? 'PLANNED_START_DATE', direction: args.sortDirection ?? 'ASC' },
        first: pageSize(args.first),
        after: args.after ?? null,
      });
      return connectionOf(
        page.items.map((i) => ({ node: i.mobility, cursor: i.cursor })),
        page.hasNextPage,
      );
    },
  }),
  mobilityStatusCounts: t.field({
    type: [StatusCountRef],
    nullable: true,
    description: 'How many mobilities are in each status (every status listed); null unless you send for it.',
    resolve: async (organisation, _args, context) => {
      if (!(await sendingRole(context.viewer, organisation.id))) return null;
      const counts = new Map(
        (await countMobilitiesByStatus(context.db, organisation.id)).map((c) => [c.status, c.count]),
      );
      return MOBILITY_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
    },
  }),
}));

const GrantPreviewRef = builder.simpleObject('MobilityGrantPreview', {
  description: 'The grant a mobility would get with these facts, and how it differs from what is stored.',
  fields: (t) => ({
    grant: t.field({ type: GrantEstimateRef }),
    currentTotalCents: t.int({
      nullable: true,
      description: 'The stored grant of the mobility being edited.',
    }),
    differenceCents: t.int({ nullable: true, description: 'New total minus the stored total.' }),
  }),
});

builder.queryField('mobilityGrantPreview', (t) =>
  t.field({
    type: GrantPreviewRef,
    nullable: true,
    description:
      'Shows the grant (and, when editing, its difference) before saving; null when the project is not yours.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('MobilityGrantPreviewInput', {
          fields: (f) => ({
            projectId: f.globalID({ for: ProjectRef }),
            mobilityId: f.globalID({ for: MobilityRef, required: false }),
            participantId: f.globalID({ for: ParticipantRef }),
            hostOrganisationId: f.globalID({ for: OrganisationRef }),
            facts: f.field({ type: MobilityFactsInput }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, context) => {
      const viewer = context.viewer;
      if (!viewer) return null;
      let prepared: Awaited<ReturnType<typeof prepareMobility>>;
      try {
        prepared = await prepareMobility(context, input.projectId.id, {
          participantId: input.participantId.id,
          hostOrganisationId: input.hostOrganisationId.id,
          facts: withoutNulls(input.facts),
        });
      } catch (error) {
        // A foreign or missing project previews as null; bad facts come back as field errors.
        if (error instanceof NotFoundError) return null;
        if (error instanceof InputValidationError) throw badUserInput(error.fieldErrors);
        throw error;
      }
      const { facts, parties } = prepared;
      const { grant } = computeMobilityGrant(facts, parties.project, parties.sending, parties.host);
      const [current] = input.mobilityId
        ? await findVisibleMobilitiesByIds(context.db, [input.mobilityId.id], viewer.user.id)
        : [];
      const currentTotalCents =
        current && current.projectId === parties.project.id ? current.grantTotalCents : null;
      return {
        grant,
        currentTotalCents,
        differenceCents: currentTotalCents === null ? null : grant.totalCents - currentTotalCents,
      };
    },
  }),
);
