import { euDisplayCountryCode, parseCountryCode } from '../countries/country-code';
import { calendarDaysInclusive } from '../dates/calendar-date';
import { GRANT_CATEGORIES, type GrantResult } from '../grant/grant-result';
import type { TravelBand } from '../rate-card/rate-card';
import { travelBandFor, travelBandLabel } from '../rate-card/travel-band-lookup';

export interface ExportOrganisation {
  readonly oid: string | null;
  readonly name: string;
  readonly country: string;
  readonly city: string;
}

export interface ExportMobility {
  readonly reference: string;
  readonly activityType: string;
  readonly status: string;
  readonly participant: {
    readonly firstName: string;
    readonly lastName: string;
    readonly email: string;
    readonly fewerOpportunities: boolean;
  };
  readonly sending: ExportOrganisation;
  readonly host: ExportOrganisation | null;
  readonly startDate: string;
  readonly endDate: string;
  readonly travelDays: number;
  readonly distanceKm: number | null;
  readonly greenTravel: boolean;
  readonly accompanyingPerson: boolean;
  readonly zeroGrant: boolean;
  readonly forceMajeure: boolean;
  readonly organisationalSupportNotRequested: boolean;
  readonly grant: GrantResult;
}

/**
 * The Beneficiary Module's field set for mobility activities (reference §5.5): activity type code,
 * participant, organisations with OIDs, countries and cities, dates, duration, travel days,
 * distance band, green travel, flags and each grant category. Never special-category data.
 */
export const BM_EXPORT_COLUMNS = [
  'Mobility ID',
  'Activity type',
  'Status',
  'Participant first name',
  'Participant last name',
  'Participant e-mail',
  'Fewer opportunities',
  'Accompanying person',
  'Sending organisation OID',
  'Sending organisation',
  'Sending country',
  'Sending city',
  'Receiving organisation OID',
  'Receiving organisation',
  'Receiving country',
  'Receiving city',
  'Start date',
  'End date',
  'Duration (days)',
  'Funded travel days',
  'Distance (km)',
  'Distance band',
  'Green travel',
  'Zero grant',
  'Force majeure',
  'Organisational support not requested',
  ...GRANT_CATEGORIES.map((c) => `${c} (EUR)`),
  'Total (EUR)',
] as const;

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const euros = (cents: number) => (cents / 100).toFixed(2);
const country = (code: string) => {
  const iso = parseCountryCode(code);
  return iso ? euDisplayCountryCode(iso) : code;
};

export function beneficiaryModuleRow(m: ExportMobility, bands: readonly TravelBand[]): string[] {
  const band = m.distanceKm === null ? null : travelBandFor(m.distanceKm, bands);
  const byCategory = (category: string) =>
    m.grant.lines.filter((l) => l.category === category).reduce((sum, l) => sum + l.amountCents, 0);
  return [
    m.reference,
    m.activityType,
    m.status,
    m.participant.firstName,
    m.participant.lastName,
    m.participant.email,
    yesNo(m.participant.fewerOpportunities),
    yesNo(m.accompanyingPerson),
    m.sending.oid ?? '',
    m.sending.name,
    country(m.sending.country),
    m.sending.city,
    m.host?.oid ?? '',
    m.host?.name ?? '',
    m.host ? country(m.host.country) : '',
    m.host?.city ?? '',
    m.startDate,
    m.endDate,
    String(calendarDaysInclusive(m.startDate, m.endDate) ?? ''),
    String(m.grant.fundedTravelDays),
    m.distanceKm === null ? '' : String(Math.round(m.distanceKm)),
    band ? travelBandLabel(band) : '',
    yesNo(m.greenTravel),
    yesNo(m.zeroGrant),
    yesNo(m.forceMajeure),
    yesNo(m.organisationalSupportNotRequested),
    ...GRANT_CATEGORIES.map((c) => euros(byCategory(c))),
    euros(m.grant.totalCents),
  ];
}

/** RFC 4180 CSV with a UTF-8 byte-order mark so spreadsheet programs read names like Łukasz Żółć right. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (value: string) => (/[",\r\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
