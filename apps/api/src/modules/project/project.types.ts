import {
  findVisibleProjectsByIds,
  listProjectsByOrganisation,
  type Project,
} from '@mobilis/db/repositories/project-repository';
import { GRANT_CATEGORIES } from '@mobilis/domain/grant/grant-result';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sendingRole } from '../../auth/sending-access';
import { builder } from '../../graphql/builder';
import { DateScalar } from '../../graphql/scalars';
import { ActionEnum } from '../catalogue/catalogue.types';
import { GrantCategoryEnum } from '../grant/grant.types';
import { RateCardRef } from '../grant/rate-card.types';
import { OrganisationRef } from '../organisation/organisation.types';
import { plannedBudgetLoader } from './project-budget-loader';
import { projectRateCard } from './project-rate-card';

const BudgetLineRef = builder
  .objectRef<{ category: (typeof GRANT_CATEGORIES)[number]; awardedCents: number; plannedCents: number }>(
    'BudgetLine',
  )
  .implement({
    description:
      'One budget category of a project: awarded by the grant agreement vs planned by its mobilities.',
    fields: (t) => ({
      category: t.field({ type: GrantCategoryEnum, resolve: (l) => l.category }),
      awardedCents: t.exposeInt('awardedCents'),
      plannedCents: t.exposeInt('plannedCents', {
        description: 'Sum of the grants of the project’s mobilities, drafts and cancelled ones excluded.',
      }),
    }),
  });

export const ProjectRef = builder.loadableNode('Project', {
  description: 'A grant (KA121/KA122/KA131 project) of a sending organisation.',
  id: { resolve: (project: Project) => project.id },
  load: (ids: string[], context) =>
    context.viewer ? findVisibleProjectsByIds(context.db, ids, context.viewer.user.id) : Promise.resolve([]),
  sort: (project) => project.id,
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Grant agreement number, e.g. 2026-1-DE02-KA122-VET-000123456.',
    }),
    title: t.exposeString('title'),
    action: t.field({ type: ActionEnum, resolve: (p) => p.action as 'KA122-VET' }),
    nationalAgency: t.exposeString('nationalAgency', { description: 'National Agency code, e.g. DE02.' }),
    callYear: t.exposeInt('callYear'),
    round: t.exposeInt('round'),
    startDate: t.field({ type: DateScalar, resolve: (p) => p.startDate }),
    endDate: t.field({ type: DateScalar, resolve: (p) => p.endDate }),
    version: t.exposeInt('version'),
    organisation: t.field({ type: OrganisationRef, resolve: (p) => p.organisationId }),
    rateCard: t.field({
      type: RateCardRef,
      description: 'Template plus the NA’s rates.',
      resolve: projectRateCard,
    }),
    rateCardOverrides: t.string({
      nullable: true,
      description: 'The NA’s rates as JSON (rateCardOverridesSchema), null for the bare template.',
      resolve: (p) => (p.rateCardOverrides ? JSON.stringify(p.rateCardOverrides) : null),
    }),
    budget: t.field({
      type: [BudgetLineRef],
      resolve: async (p, _args, context) => {
        const planned = (await plannedBudgetLoader(context).load(p.organisationId)).get(p.id);
        return GRANT_CATEGORIES.map((category) => ({
          category,
          awardedCents: p.awardedCents[category] ?? 0,
          plannedCents: planned?.get(category) ?? 0,
        }));
      },
    }),
    mobilitiesCsvUrl: t.string({
      description: 'Download of the project’s mobilities in the Beneficiary Module’s field set (CSV).',
      resolve: (p) => `/export/projects/${encodeGlobalID('Project', p.id)}/mobilities.csv`,
    }),
  }),
});

builder.objectFields(OrganisationRef, (t) => ({
  projects: t.field({
    type: [ProjectRef],
    nullable: true,
    description: 'The organisation’s projects, newest first; null unless you send for it.',
    resolve: async (organisation, _args, context) =>
      (await sendingRole(context.viewer, organisation.id))
        ? listProjectsByOrganisation(context.db, organisation.id)
        : null,
  }),
}));
