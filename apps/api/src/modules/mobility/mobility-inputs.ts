import { builder } from '../../graphql/builder';
import { DateScalar } from '../../graphql/scalars';
import { ActivityTypeCodeEnum } from '../catalogue/catalogue.types';

/** The facts a coordinator enters for a mobility (validated by the domain's mobilityInputSchema). */
export const MobilityFactsInput = builder.inputType('MobilityFactsInput', {
  fields: (t) => ({
    activityType: t.field({ type: ActivityTypeCodeEnum }),
    plannedStartDate: t.field({ type: DateScalar }),
    plannedEndDate: t.field({ type: DateScalar }),
    travelDays: t.int({ required: false }),
    greenTravel: t.boolean({ required: false }),
    officialDistanceKm: t.float({
      required: false,
      description: 'The EC distance calculator’s one-way figure; wins over the computed one.',
    }),
    courseFeeDays: t.int({ required: false }),
    accompanyingPerson: t.boolean({ required: false }),
    zeroGrant: t.boolean({ required: false }),
    forceMajeure: t.boolean({ required: false }),
    organisationalSupportNotRequested: t.boolean({ required: false }),
  }),
});

/** GraphQL gives absent optional fields as null; the domain schema wants them absent to apply defaults. */
export function withoutNulls<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<T>;
}
