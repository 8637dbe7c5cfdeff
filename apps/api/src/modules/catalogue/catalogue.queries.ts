import { ACTIVITY_TYPES, activityTypesForAction } from '@mobilis/domain/catalogue/activity-type-catalogue';
import { COUNTRIES } from '@mobilis/domain/countries/country-list';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { builder } from '../../graphql/builder';
import { RateCardRef } from '../grant/rate-card.types';
import { ActionEnum, ActivityTypeRef, CountryRef } from './catalogue.types';

// Programme data, the same for every tenant; served so the apps need no copies of their own.

builder.queryField('activityTypes', (t) =>
  t.field({
    type: [ActivityTypeRef],
    description: 'Activity types, optionally only those an action allows.',
    args: { action: t.arg({ type: ActionEnum, required: false }) },
    resolve: (_root, { action }) => [...(action ? activityTypesForAction(action) : ACTIVITY_TYPES)],
  }),
);

builder.queryField('countries', (t) =>
  t.field({
    type: [CountryRef],
    description: 'Programme countries with their country group for the call year.',
    args: { callYear: t.arg.int() },
    resolve: (_root, { callYear }) => COUNTRIES.map((country) => ({ country, callYear })),
  }),
);

builder.queryField('rateCardTemplate', (t) =>
  t.field({
    type: RateCardRef,
    nullable: true,
    description: 'The programme’s unit costs for a call year; null before the 2021–2027 programme.',
    args: { callYear: t.arg.int() },
    resolve: (_root, { callYear }) => rateCardTemplateForCallYear(callYear),
  }),
);
