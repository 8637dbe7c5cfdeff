import { ACTIVITY_TYPE_CODES, type ActivityTypeCode } from '@mobilis/domain/catalogue/activity-type-codes';
import { parseCountryCode } from '@mobilis/domain/countries/country-code';
import { isIsoDate } from '@mobilis/domain/dates/calendar-date';
import { MOBILITY_STATUSES, type MobilityStatus } from '@mobilis/domain/mobility/mobility-status';
import type { MobilityFilter, MobilitySortField, SortDirection } from '../../gql/graphql';
import { activityTypeToGraphql } from './activity-type-name';

export const MOBILITY_SORTS = ['start-asc', 'start-desc', 'name-asc', 'name-desc'] as const;
export type MobilitySort = (typeof MOBILITY_SORTS)[number];

/** The list's filters and sort, as kept in the URL (so a filtered list can be shared or reloaded). */
export interface MobilityListParams {
  readonly projectId: string | null;
  readonly statuses: readonly MobilityStatus[];
  readonly activityType: ActivityTypeCode | null;
  readonly hostCountry: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly participantName: string;
  readonly sort: MobilitySort;
}

/** Search-parameter names: short, readable in a shared link. */
const KEYS = {
  projectId: 'project',
  statuses: 'status',
  activityType: 'activity',
  hostCountry: 'country',
  from: 'from',
  to: 'to',
  participantName: 'participant',
  sort: 'sort',
} as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((candidate) => candidate === value) ?? null;

const isoDateOrNull = (value: string | null): string | null => (value && isIsoDate(value) ? value : null);

/** Reads the URL; anything unknown or malformed (a hand-edited link) is ignored, not an error. */
export function readListParams(search: URLSearchParams): MobilityListParams {
  const statuses = search.getAll(KEYS.statuses).flatMap((value) => oneOf(MOBILITY_STATUSES, value) ?? []);
  return {
    projectId: search.get(KEYS.projectId) || null,
    statuses: [...new Set(statuses)],
    activityType: oneOf(ACTIVITY_TYPE_CODES, search.get(KEYS.activityType)),
    hostCountry: parseCountryCode(search.get(KEYS.hostCountry) ?? ''),
    from: isoDateOrNull(search.get(KEYS.from)),
    to: isoDateOrNull(search.get(KEYS.to)),
    participantName: search.get(KEYS.participantName)?.trim() ?? '',
    sort: oneOf(MOBILITY_SORTS, search.get(KEYS.sort)) ?? 'start-asc',
  };
}

/** The URL for these params; defaults are left out so the plain list has a plain address. */
export function writeListParams(params: MobilityListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.projectId) search.set(KEYS.projectId, params.projectId);
  for (const status of params.statuses) search.append(KEYS.statuses, status);
  if (params.activityType) search.set(KEYS.activityType, params.activityType);
  if (params.hostCountry) search.set(KEYS.hostCountry, params.hostCountry);
  if (params.from) search.set(KEYS.from, params.from);
  if (params.to) search.set(KEYS.to, params.to);
  if (params.participantName.trim()) search.set(KEYS.participantName, params.participantName.trim());
  if (params.sort !== 'start-asc') search.set(KEYS.sort, params.sort);
  return search;
}

export const NO_FILTERS: Omit<MobilityListParams, 'sort'> = {
  projectId: null,
  statuses: [],
  activityType: null,
  hostCountry: null,
  from: null,
  to: null,
  participantName: '',
};

export function hasActiveFilters(params: MobilityListParams): boolean {
  return [...writeListParams({ ...params, sort: 'start-asc' }).keys()].length > 0;
}

export interface MobilityListVariables {
  filter: MobilityFilter | null;
  sortBy: MobilitySortField;
  sortDirection: SortDirection;
}

const SORTS: Readonly<Record<MobilitySort, [MobilitySortField, SortDirection]>> = {
  'start-asc': ['PLANNED_START_DATE', 'ASC'],
  'start-desc': ['PLANNED_START_DATE', 'DESC'],
  'name-asc': ['PARTICIPANT_NAME', 'ASC'],
  'name-desc': ['PARTICIPANT_NAME', 'DESC'],
};

/** The connection's `filter`, `sortBy` and `sortDirection`; `filter` only lists what is set. */
export function listVariables(params: MobilityListParams): MobilityListVariables {
  const filter: MobilityFilter = {
    ...(params.projectId ? { projectId: params.projectId } : {}),
    ...(params.statuses.length > 0 ? { statuses: [...params.statuses] } : {}),
    ...(params.activityType ? { activityTypes: [activityTypeToGraphql(params.activityType)] } : {}),
    ...(params.hostCountry ? { hostCountry: params.hostCountry } : {}),
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.participantName ? { participantName: params.participantName } : {}),
  };
  const [sortBy, sortDirection] = SORTS[params.sort];
  return { filter: Object.keys(filter).length > 0 ? filter : null, sortBy, sortDirection };
}
