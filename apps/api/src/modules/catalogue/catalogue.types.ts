import { ACTION_NAMES, ACTIONS } from '@mobilis/domain/catalogue/action';
import type { ActivityType, DurationRange } from '@mobilis/domain/catalogue/activity-type';
import { ACTIVITY_TYPE_CODES } from '@mobilis/domain/catalogue/activity-type-codes';
import { toGraphqlEnumName } from '@mobilis/domain/catalogue/graphql-enum-name';
import { PARTICIPANT_CATEGORIES } from '@mobilis/domain/catalogue/participant-category';
import { euDisplayCountryCode } from '@mobilis/domain/countries/country-code';
import { countryGroup } from '@mobilis/domain/countries/country-group';
import type { Country } from '@mobilis/domain/countries/country-list';
import { CONFIDENCE_LEVELS } from '@mobilis/domain/provenance/provenance';
import { builder } from '../../graphql/builder';

export const ActionEnum = builder.enumType('Action', {
  description: 'Erasmus+ KA1 action and field, e.g. KA122_VET for KA122-VET.',
  values: Object.fromEntries(
    ACTIONS.map((action) => [
      toGraphqlEnumName(action),
      { value: action, description: ACTION_NAMES[action] },
    ]),
  ),
});

/** GraphQL enum names use `_` where Beneficiary Module codes use `-` (SM-JOB-SHDW → SM_JOB_SHDW). */
export const ActivityTypeCodeEnum = builder.enumType('ActivityTypeCode', {
  description: 'Beneficiary Module activity type code with `_` for `-` (MOBILIS_… codes are Mobilis’s own).',
  values: Object.fromEntries(ACTIVITY_TYPE_CODES.map((code) => [toGraphqlEnumName(code), { value: code }])),
});

export const ActivityCategoryEnum = builder.enumType('ActivityCategory', {
  description: 'Who an activity is for: staff, learners, or others (invited experts, hosted teachers).',
  values: PARTICIPANT_CATEGORIES,
});

export const ConfidenceEnum = builder.enumType('Confidence', {
  description:
    'How sure a programme figure is: confirmed, unconfirmed, or reconstructed from several sources.',
  values: Object.fromEntries(CONFIDENCE_LEVELS.map((level) => [level.toUpperCase(), { value: level }])),
});

const DurationRangeRef = builder.objectRef<DurationRange>('DurationRange').implement({
  description: 'Allowed activity days (travel excluded), both ends inclusive.',
  fields: (t) => ({
    minDays: t.exposeInt('minDays'),
    maxDays: t.exposeInt('maxDays'),
    term: t.exposeString('term', {
      description: 'ANY, or SHORT_TERM / LONG_TERM where one type has two spans.',
    }),
  }),
});

export const ActivityTypeRef = builder.objectRef<ActivityType>('ActivityType').implement({
  description: 'A kind of mobility activity with its programme rules.',
  fields: (t) => ({
    code: t.field({ type: ActivityTypeCodeEnum, resolve: (a) => a.code }),
    bmCode: t.string({
      description: 'The code as the Beneficiary Module writes it.',
      resolve: (a) => a.code,
    }),
    codeConfirmed: t.exposeBoolean('codeConfirmed', {
      description: 'False for Mobilis’s own codes where the Beneficiary Module code is not known.',
    }),
    name: t.exposeString('name', { description: 'English name; apps translate by code.' }),
    category: t.field({ type: ActivityCategoryEnum, resolve: (a) => a.category }),
    actions: t.field({ type: [ActionEnum], resolve: (a) => [...a.actions] }),
    durationRanges: t.field({
      type: [DurationRangeRef],
      nullable: true,
      description: 'Null when the programme’s limits for this activity are not known.',
      resolve: (a) => (a.durationRanges ? [...a.durationRanges] : null),
    }),
    courseFees: t.exposeBoolean('courseFees', { description: 'Whether course fees can be paid.' }),
    group: t.exposeBoolean('group', { description: 'Recorded as a group with sub-groups.' }),
  }),
});

export const CountryRef = builder.objectRef<{ country: Country; callYear: number }>('Country').implement({
  description: 'A programme country (EU Member State or associated third country) as seen for one call year.',
  fields: (t) => ({
    code: t.string({ description: 'ISO 3166-1 alpha-2 (Greece is GR).', resolve: (c) => c.country.code }),
    euCode: t.string({
      description: 'The code EU documents use (Greece is EL).',
      resolve: (c) => euDisplayCountryCode(c.country.code),
    }),
    name: t.string({ description: 'English name; apps translate by code.', resolve: (c) => c.country.name }),
    associated: t.boolean({
      description: 'Third country associated to the programme (not an EU Member State).',
      resolve: (c) => c.country.status === 'ASSOCIATED',
    }),
    group: t.int({
      nullable: true,
      description: 'Country group (1 = highest cost) for individual support in this call year.',
      resolve: (c) => countryGroup(c.country.code, c.callYear)?.group ?? null,
    }),
    groupConfidence: t.field({
      type: ConfidenceEnum,
      nullable: true,
      resolve: (c) => countryGroup(c.country.code, c.callYear)?.source.confidence ?? null,
    }),
  }),
});
