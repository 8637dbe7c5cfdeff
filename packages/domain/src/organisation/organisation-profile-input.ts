import { z } from 'zod';
import { COUNTRY_CODES } from '../countries/country-list';
import { erasmusCodeSchema, oidSchema, picSchema } from '../identifiers/identifier-input';
import { optionalText, requiredText } from '../validation/common-fields';
import { requiredOr } from '../validation/validation-messages';

/** Kinds of organisation taking part in KA1 (architecture §3). The API's enum mirrors it. */
export const ORGANISATION_TYPES = [
  'SCHOOL',
  'VET_PROVIDER',
  'ADULT_EDUCATION',
  'HIGHER_EDUCATION',
  'COMPANY',
  'TRAINING_CENTRE',
  'COURSE_PROVIDER',
  'NGO',
  'PUBLIC_BODY',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

const coordinate = (limit: number) =>
  z
    .number({ error: 'COORDINATE_INVALID' })
    .min(-limit, { error: 'COORDINATE_INVALID' })
    .max(limit, { error: 'COORDINATE_INVALID' })
    .nullish()
    .transform((v) => v ?? null);

// Blank means "not known yet"; anything typed must be well-formed, reported with its own code.
const optionalIdentifier = <S extends z.ZodType<string, string>>(schema: S) =>
  z.preprocess((value) => (value === '' || value === undefined ? null : value), schema.nullable());

/** An organisation's profile: its own (ADMIN) or a host institution's in a sender's directory. */
export const organisationProfileSchema = z.strictObject({
  name: requiredText(300),
  type: z.enum(ORGANISATION_TYPES, { error: requiredOr('ORGANISATION_TYPE_INVALID') }),
  country: z.enum(COUNTRY_CODES, { error: requiredOr('COUNTRY_NOT_ELIGIBLE') }),
  city: requiredText(200),
  address: optionalText(500),
  latitude: coordinate(90),
  longitude: coordinate(180),
  // Empty identifiers mean "not known yet"; given ones must be well-formed (reference §7).
  oid: optionalIdentifier(oidSchema),
  pic: optionalIdentifier(picSchema),
  erasmusCode: optionalIdentifier(erasmusCodeSchema),
});

export type OrganisationProfileInput = z.input<typeof organisationProfileSchema>;
export type OrganisationProfile = z.output<typeof organisationProfileSchema>;
