import { builder } from '../../graphql/builder';
import { DateScalar } from '../../graphql/scalars';
import { ActivityTypeCodeEnum } from '../catalogue/catalogue.types';
import { GrantEstimateRef } from './grant.types';
import { estimateGrant } from './services/estimate-grant';

const GrantEstimateInput = builder.inputType('GrantEstimateInput', {
  description: 'The facts of one mobility, for a what-if grant on the call year’s programme template.',
  fields: (t) => ({
    callYear: t.int({ description: 'Call year of the project (its rules apply for its whole life).' }),
    activityType: t.field({ type: ActivityTypeCodeEnum }),
    hostCountry: t.string({
      description: 'ISO 3166-1 alpha-2 of the receiving country (EL accepted for Greece).',
    }),
    distanceKm: t.float({
      description: 'One-way distance in km, ideally the EC distance calculator’s figure.',
    }),
    startDate: t.field({ type: DateScalar }),
    endDate: t.field({ type: DateScalar }),
    travelDays: t.int({ description: 'Travel days asked for; the funded number is capped by the rules.' }),
    greenTravel: t.boolean({
      description: 'Sustainable means of transport for the main part of the journey.',
    }),
    fewerOpportunities: t.boolean({ required: false }),
    accompanyingPerson: t.boolean({ required: false }),
    courseFeeDays: t.int({ required: false }),
    dailyRateCents: t.int({
      required: false,
      description: 'The National Agency’s per-day individual-support rate, overriding the template.',
    }),
  }),
});

builder.queryField('grantEstimate', (t) =>
  t.field({
    type: GrantEstimateRef,
    description: 'Computes the grant of a mobility from the programme’s unit costs, every line explained.',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: GrantEstimateInput }) },
    resolve: (_root, { input }) => estimateGrant(input),
  }),
);
