/**
 * Where a mobility stands. DRAFT → PROPOSED (sent to the host) → CONFIRMED or DECLINED (host
 * decides) → AGREED (learning agreement signed by all three) → ONGOING (arrival confirmed) →
 * COMPLETED (departure and attendance confirmed) → CLOSED (report in, grant final). CANCELLED from
 * any state before COMPLETED. The API's GraphQL enum mirrors this list.
 */
export const MOBILITY_STATUSES = [
  'DRAFT',
  'PROPOSED',
  'CONFIRMED',
  'DECLINED',
  'AGREED',
  'ONGOING',
  'COMPLETED',
  'CLOSED',
  'CANCELLED',
] as const;

export type MobilityStatus = (typeof MOBILITY_STATUSES)[number];

/** What policies and the state machine need to know about a mobility. */
export interface MobilitySubject {
  readonly status: MobilityStatus;
  readonly sendingOrganisationId: string;
  /** `null` while a draft has no host yet. */
  readonly hostOrganisationId: string | null;
  readonly participantId: string;
  /** For a cancelled mobility: the status it was cancelled from (decides whether the host saw it). */
  readonly cancelledFromStatus?: MobilityStatus | null;
}
