/** The user (or system) actions that move a mobility between statuses; the API's mutations mirror them. */
export const MOBILITY_ACTION_TYPES = [
  'PROPOSE_PLACEMENT',
  'CONFIRM_PLACEMENT',
  'DECLINE_PLACEMENT',
  'RETURN_TO_DRAFT',
  'CONCLUDE_LEARNING_AGREEMENT',
  'CONFIRM_ARRIVAL',
  'CONFIRM_DEPARTURE',
  'CLOSE_MOBILITY',
  'CANCEL_MOBILITY',
] as const;

export type MobilityActionType = (typeof MOBILITY_ACTION_TYPES)[number];

export type MobilityAction =
  /** Send to a host; from DECLINED it must be a different host. Defaults to the current host. */
  | { readonly type: 'PROPOSE_PLACEMENT'; readonly hostOrganisationId?: string }
  | { readonly type: 'CONFIRM_PLACEMENT' }
  | { readonly type: 'DECLINE_PLACEMENT'; readonly reason?: string }
  | { readonly type: 'RETURN_TO_DRAFT' }
  | {
      readonly type: 'CONCLUDE_LEARNING_AGREEMENT';
      readonly signedBy: {
        readonly participant: boolean;
        readonly sendingOrganisation: boolean;
        readonly hostOrganisation: boolean;
      };
    }
  | { readonly type: 'CONFIRM_ARRIVAL' }
  | { readonly type: 'CONFIRM_DEPARTURE'; readonly attendanceConfirmed: boolean }
  | {
      readonly type: 'CLOSE_MOBILITY';
      readonly participantReportSubmitted: boolean;
      readonly grantFinal: boolean;
    }
  | { readonly type: 'CANCEL_MOBILITY'; readonly reason: string; readonly forceMajeure: boolean };
