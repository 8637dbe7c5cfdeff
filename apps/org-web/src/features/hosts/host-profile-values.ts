import {
  type OrganisationProfile,
  type OrganisationType,
  organisationProfileSchema,
} from '@mobilis/domain/organisation/organisation-profile-input';
import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import type { NumberValue } from '../forms/euro-amounts';
import { type FieldErrorMap, toFieldErrorMap } from '../forms/field-errors';

export interface HostProfileValues {
  name: string;
  type: OrganisationType | '';
  country: string;
  city: string;
  address: string;
  latitude: NumberValue;
  longitude: NumberValue;
  oid: string;
  pic: string;
  erasmusCode: string;
}

export const emptyHostProfile = (): HostProfileValues => ({
  name: '',
  type: '',
  country: '',
  city: '',
  address: '',
  latitude: '',
  longitude: '',
  oid: '',
  pic: '',
  erasmusCode: '',
});

export const HOST_PROFILE_FIELDS: readonly string[] = [
  'name',
  'type',
  'country',
  'city',
  'address',
  'latitude',
  'longitude',
  'oid',
  'pic',
  'erasmusCode',
];

const coordinate = (value: NumberValue) => (value === '' ? null : Number(value));

/** Checks the form with the schema the API parses profiles with; on success, the profile to send. */
export function validateHostProfile(
  values: HostProfileValues,
): { ok: true; profile: OrganisationProfile } | { ok: false; errors: FieldErrorMap } {
  const raw = {
    name: values.name,
    type: values.type || undefined,
    country: values.country || undefined,
    city: values.city,
    address: values.address || null,
    latitude: coordinate(values.latitude),
    longitude: coordinate(values.longitude),
    // Erasmus codes keep their inner spaces ("E  VALENCI01"); OID and PIC are compact.
    oid: values.oid.trim(),
    pic: values.pic.trim(),
    erasmusCode: values.erasmusCode.trim() === '' ? '' : values.erasmusCode,
  };
  const result = organisationProfileSchema.safeParse(raw);
  return result.success
    ? { ok: true, profile: result.data }
    : { ok: false, errors: toFieldErrorMap(fieldErrorsFromZod(result.error, raw)) };
}
