/** Placements and results as the API returns them (every field any query here selects, with `__typename`). */
import { valencia, viewerResult } from './viewer-fixtures';

type Status =
  | 'PROPOSED'
  | 'CONFIRMED'
  | 'DECLINED'
  | 'AGREED'
  | 'ONGOING'
  | 'COMPLETED'
  | 'CLOSED'
  | 'CANCELLED';

const rheinRuhr = {
  __typename: 'Organisation',
  name: 'Berufskolleg Rhein-Ruhr',
  city: 'Essen',
  country: 'DE',
};

/** A mobility's learning agreement with nothing drafted yet (or nothing the host may see yet). */
export const noAgreement = {
  __typename: 'LearningAgreement',
  firstVersion: null,
  approvedChanges: null,
  proposal: null,
};

export function placement(overrides: Record<string, unknown> & { status?: Status } = {}) {
  return {
    __typename: 'Mobility',
    id: 'mob-1',
    reference: 'MOB-00001',
    status: 'PROPOSED' as Status,
    version: 3,
    activityType: 'SM_JOB_SHDW',
    plannedStartDate: '2026-04-13',
    plannedEndDate: '2026-04-24',
    actualStartDate: null,
    actualEndDate: null,
    availableActions: ['CONFIRM_PLACEMENT', 'DECLINE_PLACEMENT'],
    participant: { __typename: 'Participant', displayName: 'Jonas Weber', category: 'STAFF' },
    sendingOrganisation: rheinRuhr,
    hostMentor: null,
    declineReason: null,
    attendance: null,
    hostOutcomes: null,
    learningAgreement: noAgreement,
    ...overrides,
  };
}

export type Placement = ReturnType<typeof placement>;

export const mentor = {
  __typename: 'Mentor',
  name: 'José Ángel Martínez Peña',
  role: 'Workshop manager',
  email: 'mentor@talleres-valencia.example',
  phone: '+34 600 000 000',
};

export const recordedOutcomes = {
  __typename: 'HostOutcomes',
  outcomes: [
    {
      __typename: 'OutcomeAssessment',
      title: 'Diagnose engine faults',
      achievement: 'ACHIEVED',
      comment: 'Works independently.',
    },
    {
      __typename: 'OutcomeAssessment',
      title: 'Order spare parts',
      achievement: 'PARTLY_ACHIEVED',
      comment: null,
    },
  ],
  skills: {
    __typename: 'SkillsDescription',
    jobRelated: 'Engine diagnostics with OBD tools.',
    language: 'Spanish at A2 level in the workshop.',
    digital: null,
    organisational: null,
    communication: null,
    other: null,
  },
};

export function placementDetailResult(node: Placement | null = placement()) {
  return { data: { __typename: 'Query', placement: node } };
}

export const noCounts = { toDecide: 0, upcoming: 0, ongoing: 0, toConfirm: 0 };

export function inboxResult(viewer: unknown, placements: Placement[], counts: typeof noCounts = noCounts) {
  return {
    data: {
      __typename: 'Query',
      viewer,
      organisation: {
        __typename: 'Organisation',
        id: valencia.id,
        placementCounts: { __typename: 'PlacementCounts', ...counts },
        placements,
      },
    },
  };
}

/** A host mutation's answer, e.g. `hostMutationResult('confirmPlacement', { __typename: 'StaleVersionError' })`. */
export function hostMutationResult(field: string, result: Record<string, unknown>) {
  return { data: { __typename: 'Mutation', [field]: result } };
}

export function payload(node: Placement) {
  return { __typename: 'HostMobilityPayload', mobility: node };
}

/**
 * A server whose session begins when `begin()` is called (by a mutation's handler): until then the
 * layout and the inbox answer as for a signed-out visitor.
 */
export function sessionStartingLater(viewer: NonNullable<Parameters<typeof viewerResult>[0]>) {
  let signedIn = false;
  const currentViewer = () => viewerResult(signedIn ? viewer : null);
  const inbox = () => inboxResult(signedIn ? viewer : null, []);
  return {
    begin: () => {
      signedIn = true;
    },
    graphql: { AppLayoutRouteQuery: currentViewer, InboxRouteQuery: inbox },
  };
}
