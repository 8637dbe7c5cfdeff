import type { Action } from '@mobilis/domain/catalogue/action';
import type { ActivityTypeCode } from '@mobilis/domain/catalogue/activity-type-codes';
import { activityTypeFromGraphql } from '../activity-type-name';

/** What Mantine's NumberInput reports: a number, or a string while empty or half-typed. */
export type NumberValue = number | string;

/** The mobility form as the user fills it in; fact fields are named as in `mobilityInputSchema`. */
export interface MobilityFormValues {
  projectId: string;
  participantId: string;
  hostOrganisationId: string;
  activityType: ActivityTypeCode | '';
  plannedStartDate: string;
  plannedEndDate: string;
  travelDays: NumberValue;
  greenTravel: boolean;
  officialDistanceKm: NumberValue;
  courseFeeDays: NumberValue;
  accompanyingPerson: boolean;
  zeroGrant: boolean;
  forceMajeure: boolean;
  organisationalSupportNotRequested: boolean;
}

export type MobilityFormField = keyof MobilityFormValues;

export const MOBILITY_FORM_FIELDS: readonly MobilityFormField[] = [
  'projectId',
  'participantId',
  'hostOrganisationId',
  'activityType',
  'plannedStartDate',
  'plannedEndDate',
  'travelDays',
  'greenTravel',
  'officialDistanceKm',
  'courseFeeDays',
  'accompanyingPerson',
  'zeroGrant',
  'forceMajeure',
  'organisationalSupportNotRequested',
];

export function isMobilityFormField(value: string): value is MobilityFormField {
  return (MOBILITY_FORM_FIELDS as readonly string[]).includes(value);
}

export const EMPTY_MOBILITY_FORM: MobilityFormValues = {
  projectId: '',
  participantId: '',
  hostOrganisationId: '',
  activityType: '',
  plannedStartDate: '',
  plannedEndDate: '',
  travelDays: 0,
  greenTravel: false,
  officialDistanceKm: '',
  courseFeeDays: 0,
  accompanyingPerson: false,
  zeroGrant: false,
  forceMajeure: false,
  organisationalSupportNotRequested: false,
};

/** A project as the form needs it: the rules depend on its action and dates. */
export interface FormProject {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  /** `null` for an action this app does not know. */
  readonly action: Action | null;
  readonly callYear: number;
  readonly startDate: string;
  readonly endDate: string;
}

export interface FormParticipant {
  readonly id: string;
  readonly displayName: string;
  readonly category: 'STAFF' | 'LEARNER';
}

export interface FormHost {
  readonly id: string;
  readonly name: string;
  readonly city: string;
  readonly country: string;
}

/** The choices the form offers and the rules read. */
export interface MobilityFormOptions {
  readonly projects: readonly FormProject[];
  readonly participants: readonly FormParticipant[];
  readonly hosts: readonly FormHost[];
}

/** A saved mobility (as the form's fragment selects it) as form values. */
export function formValuesOfMobility(mobility: {
  project?: { id: string } | null;
  participant: { id: string };
  hostOrganisation?: { id: string } | null;
  activityType: string;
  plannedStartDate: string;
  plannedEndDate: string;
  travelDays: number;
  greenTravel: boolean;
  officialDistanceKm?: number | null;
  courseFeeDays: number;
  accompanyingPerson: boolean;
  zeroGrant: boolean;
  forceMajeure: boolean;
  organisationalSupportNotRequested: boolean;
}): MobilityFormValues {
  return {
    projectId: mobility.project?.id ?? '',
    participantId: mobility.participant.id,
    hostOrganisationId: mobility.hostOrganisation?.id ?? '',
    activityType: activityTypeFromGraphql(mobility.activityType) ?? '',
    plannedStartDate: mobility.plannedStartDate,
    plannedEndDate: mobility.plannedEndDate,
    travelDays: mobility.travelDays,
    greenTravel: mobility.greenTravel,
    officialDistanceKm: mobility.officialDistanceKm ?? '',
    courseFeeDays: mobility.courseFeeDays,
    accompanyingPerson: mobility.accompanyingPerson,
    zeroGrant: mobility.zeroGrant,
    forceMajeure: mobility.forceMajeure,
    organisationalSupportNotRequested: mobility.organisationalSupportNotRequested,
  };
}
