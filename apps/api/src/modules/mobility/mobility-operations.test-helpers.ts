import type { TestApp } from '../../../test/test-app';

export const MOBILITY_FIELDS = /* GraphQL */ `
  id reference status version activityType plannedStartDate plannedEndDate
  participant { displayName } hostOrganisation { name } availableActions computedDistanceKm
  grant { totalCents rateCardVersion lines { category amountCents } warnings { code } }
  timeline { action actorName details }
`;

export const CREATE_MOBILITY = /* GraphQL */ `
  mutation Create($input: CreateMobilityInput!) {
    createMobility(input: $input) {
      __typename
      ... on MobilityPayload { mobility { ${MOBILITY_FIELDS} } }
      ... on ValidationError { fieldErrors { path code } }
      ... on Error { message }
    }
  }
`;

export const UPDATE_MOBILITY = /* GraphQL */ `
  mutation Update($input: UpdateMobilityInput!) {
    updateMobility(input: $input) {
      __typename
      ... on MobilityPayload { mobility { ${MOBILITY_FIELDS} } }
      ... on ValidationError { fieldErrors { path code } }
      ... on StaleVersionError { currentVersion }
      ... on InvalidTransitionError { code fromStatus }
      ... on Error { message }
    }
  }
`;

const lifecycle = (name: string, inputType: string) => /* GraphQL */ `
  mutation Lifecycle($input: ${inputType}!) {
    ${name}(input: $input) {
      __typename
      ... on MobilityPayload { mobility { ${MOBILITY_FIELDS} } }
      ... on ValidationError { fieldErrors { path code } }
      ... on StaleVersionError { currentVersion }
      ... on InvalidTransitionError { code fromStatus }
      ... on Error { message }
    }
  }
`;
export const PROPOSE = lifecycle('proposePlacement', 'ProposePlacementInput');
export const CANCEL = lifecycle('cancelMobility', 'CancelMobilityInput');
export const RETURN_TO_DRAFT = lifecycle('returnMobilityToDraft', 'ReturnMobilityToDraftInput');

export const jobShadowingFacts = {
  activityType: 'SM_JOB_SHDW',
  plannedStartDate: '2026-09-07',
  plannedEndDate: '2026-09-18',
  travelDays: 2,
};
export const placementFacts = {
  activityType: 'LM_SHORT_VET',
  plannedStartDate: '2026-09-07',
  plannedEndDate: '2026-10-02',
  travelDays: 2,
};

export interface MobilityResult {
  id: string;
  reference: string;
  status: string;
  version: number;
  grant: { totalCents: number; rateCardVersion: string; lines: { category: string; amountCents: number }[] };
  timeline: { action: string; actorName: string | null; details: string }[];
  availableActions: string[];
  computedDistanceKm: number | null;
}

type Payload = { __typename: string; mobility?: MobilityResult } & Record<string, unknown>;

export async function run(api: TestApp, query: string, input: Record<string, unknown>, cookie: string) {
  const response = await api.graphql<Record<string, Payload>>(query, { input }, { cookie });
  if (response.errors) return { __typename: 'TopLevelError', errors: response.errors } as Payload;
  const value = Object.values(response.data ?? {})[0];
  if (!value) throw new Error('no data');
  return value;
}
