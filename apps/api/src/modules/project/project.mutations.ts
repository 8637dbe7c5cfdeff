import { GRANT_CATEGORIES } from '@mobilis/domain/grant/grant-result';
import { builder } from '../../graphql/builder';
import { InputValidationError, NotFoundError, StaleVersionError } from '../../graphql/errors';
import { DateScalar } from '../../graphql/scalars';
import { GrantCategoryEnum } from '../grant/grant.types';
import { OrganisationRef } from '../organisation/organisation.types';
import { ProjectRef } from './project.types';
import { createProject } from './services/create-project';
import { updateRateCard } from './services/update-project-rate-card';

const AwardedAmountInput = builder.inputType('AwardedAmountInput', {
  fields: (t) => ({ category: t.field({ type: GrantCategoryEnum }), amountCents: t.int() }),
});

const ProjectPayload = builder.simpleObject('ProjectPayload', {
  fields: (t) => ({ project: t.field({ type: ProjectRef }) }),
});

builder.mutationField('createProject', (t) =>
  t.field({
    type: ProjectPayload,
    description: 'Register a grant from its agreement: code, title, dates and awarded amounts.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('CreateProjectInput', {
          fields: (f) => ({
            organisationId: f.globalID({ for: OrganisationRef }),
            code: f.string(),
            title: f.string(),
            startDate: f.field({ type: DateScalar }),
            endDate: f.field({ type: DateScalar }),
            awarded: f.field({ type: [AwardedAmountInput], required: false }),
          }),
        }),
      }),
    },
    errors: { types: [InputValidationError, NotFoundError], union: { name: 'CreateProjectResult' } },
    resolve: async (_root, { input }, context) => {
      const { organisationId, ...project } = input;
      const awarded = (project.awarded ?? []).filter((a) => GRANT_CATEGORIES.includes(a.category));
      return {
        project: await createProject(context, {
          organisationId: organisationId.id,
          project: { ...project, awarded },
        }),
      };
    },
  }),
);

builder.mutationField('updateProjectRateCard', (t) =>
  t.field({
    type: ProjectPayload,
    description: 'Set the National Agency’s rates on a project’s rate card (audited).',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('UpdateProjectRateCardInput', {
          fields: (f) => ({
            projectId: f.globalID({ for: ProjectRef }),
            expectedVersion: f.int(),
            overrides: f.string({ description: 'JSON object in the shape of rateCardOverridesSchema.' }),
          }),
        }),
      }),
    },
    errors: {
      types: [InputValidationError, StaleVersionError, NotFoundError],
      union: { name: 'UpdateProjectRateCardResult' },
    },
    resolve: async (_root, { input }, context) => {
      let overrides: unknown;
      try {
        overrides = JSON.parse(input.overrides);
      } catch {
        throw new InputValidationError([
          { path: ['overrides'], code: 'INVALID_VALUE', message: 'This value is not valid.' },
        ]);
      }
      const project = await updateRateCard(context, {
        projectId: input.projectId.id,
        expectedVersion: input.expectedVersion,
        overrides,
      });
      return { project };
    },
  }),
);
