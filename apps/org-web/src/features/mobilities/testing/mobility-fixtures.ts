/**
 * Mobilities as the API returns them, for the mobility screens' tests: every field their queries
 * select, with `__typename`. Grants are computed by the domain package and shaped like
 * `GrantEstimate`, so the screens are tested against real explanations and warnings.
 */
import { calculateGrant } from '@mobilis/domain/grant/calculate-grant';
import type { GrantResult } from '@mobilis/domain/grant/grant-result';
import type { MobilityFacts } from '@mobilis/domain/grant/mobility-facts-input';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { resolveRateCard } from '@mobilis/domain/rate-card/resolve-rate-card';
import type {
  MockGraphQLHandler,
  MockGraphQLResult,
  RecordedGraphQLRequest,
} from '@mobilis/web-client/testing/mock-graphql-fetch';
import { krakow, rheinRuhr, valencia } from '../../../test/viewer-fixtures';

export const project = {
  __typename: 'Project',
  id: 'project-vet',
  code: '2026-1-DE02-KA122-VET-000123456',
  title: 'Werkstatt Europa',
  action: 'KA122_VET',
  callYear: 2026,
  startDate: '2026-01-01',
  endDate: '2027-06-30',
};

export const jonas = {
  __typename: 'Participant',
  id: 'participant-jonas',
  displayName: 'Jonas Weber',
  category: 'STAFF',
};
export const lena = {
  __typename: 'Participant',
  id: 'participant-lena',
  displayName: 'Lena Fischer',
  category: 'LEARNER',
};

/** The coordinator's organisation as the mobility screens' queries select it. */
export const organisationNode = {
  ...rheinRuhr,
  projects: [project],
  participants: {
    __typename: 'OrganisationParticipantsConnection',
    edges: [jonas, lena].map((node) => ({ __typename: 'OrganisationParticipantsConnectionEdge', node })),
  },
  hostDirectory: [valencia, krakow].map((organisation) => ({ __typename: 'HostPartner', organisation })),
};

/** A job shadowing in Spain: 1 650 km, 12 days plus 2 travel days, the NA's €117 a day. */
export const jobShadowingFacts: MobilityFacts = {
  callYear: 2026,
  activityType: 'SM-JOB-SHDW',
  hostCountry: 'ES',
  officialDistanceKm: 1650,
  startDate: '2026-03-02',
  endDate: '2026-03-13',
  travelDays: 2,
};

export function domainGrant(facts: MobilityFacts = jobShadowingFacts): GrantResult {
  const template = rateCardTemplateForCallYear(facts.callYear);
  if (!template) throw new Error(`no template for ${facts.callYear}`);
  const rate = { group1: 11_700, group2: 11_700, group3: 11_700 };
  const card = resolveRateCard(template, { individualSupport: { STAFF: rate, LEARNER: rate, OTHER: rate } });
  return calculateGrant(facts, card);
}

/** A domain grant as `GrantEstimate`: params as JSON strings, confidence as the enum. */
export function apiGrant(result: GrantResult = domainGrant()) {
  return {
    __typename: 'GrantEstimate',
    totalCents: result.totalCents,
    durationDays: result.durationDays,
    fundedDays: result.fundedDays,
    fundedTravelDays: result.fundedTravelDays,
    distanceKm: result.distance?.km ?? null,
    rateCardVersion: result.rateCardVersion,
    lines: result.lines.map((line) => ({
      __typename: 'GrantLine',
      category: line.category,
      quantity: line.quantity,
      unitAmountCents: line.unitAmountCents,
      amountCents: line.amountCents,
      explanation: line.explanation.message,
      explanationCode: line.explanation.code,
      explanationParams: JSON.stringify(line.explanation.params),
      ruleConfidence: line.rule.confidence.toUpperCase(),
    })),
    warnings: result.warnings.map((warning) => ({
      __typename: 'GrantWarning',
      code: warning.code,
      message: warning.message,
      params: JSON.stringify(warning.params),
    })),
  };
}

export const event = (
  action: string,
  occurredAt: string,
  details: object,
  actorName: string | null = 'Anna Becker',
) => ({
  __typename: 'TimelineEvent',
  action,
  occurredAt,
  actorName,
  details: JSON.stringify(details),
});

/** An `EmailDelivery` about the mobility; by default the proposal e-mail, delivered. */
export const emailDelivery = (fields: Partial<Record<string, unknown>> = {}) => ({
  __typename: 'EmailDelivery',
  kind: 'PLACEMENT_PROPOSED',
  recipientEmail: 'lucia@talleres.example',
  subject: 'New placement proposed: Jonas Weber',
  status: 'SENT',
  attempts: 1,
  lastError: null,
  createdAt: '2026-01-15T08:15:00.000Z',
  sentAt: '2026-01-15T08:15:30.000Z',
  ...fields,
});

type Overrides = Partial<Record<string, unknown>>;

/** MOB-00001: Jonas Weber's job shadowing at Talleres Valencia, proposed to the host. */
export function mobility(overrides: Overrides = {}) {
  return {
    __typename: 'Mobility',
    id: 'mob-1',
    reference: 'MOB-00001',
    status: 'PROPOSED',
    version: 3,
    availableActions: ['CANCEL_MOBILITY'],
    activityType: 'SM_JOB_SHDW',
    project: {
      __typename: 'Project',
      id: project.id,
      code: project.code,
      title: project.title,
      callYear: 2026,
    },
    participant: jonas,
    hostOrganisation: valencia,
    plannedStartDate: '2026-03-02',
    plannedEndDate: '2026-03-13',
    actualStartDate: null,
    actualEndDate: null,
    travelDays: 2,
    greenTravel: false,
    officialDistanceKm: 1650,
    computedDistanceKm: 1432.4,
    courseFeeDays: 0,
    accompanyingPerson: false,
    zeroGrant: false,
    forceMajeure: false,
    organisationalSupportNotRequested: false,
    cancellationReason: null,
    hostMentor: null,
    declineReason: null,
    attendance: null,
    hostOutcomes: null,
    emailDeliveries: [],
    sendingOrganisation: rheinRuhr,
    learningAgreement: {
      __typename: 'LearningAgreement',
      firstVersion: null,
      approvedChanges: null,
      proposal: null,
    },
    preparation: [],
    participantReport: null,
    grant: apiGrant(),
    timeline: [
      event('MOBILITY_CREATED', '2026-01-10T09:00:00.000Z', { totalCents: 222_700 }),
      event('MOBILITY_UPDATED', '2026-01-12T10:30:00.000Z', {
        totalCentsBefore: 222_700,
        totalCentsAfter: 234_700,
        rateCardVersion: 'ka1-sch-vet-adu-2024.r1',
      }),
      event('PLACEMENT_PROPOSED', '2026-01-15T08:15:00.000Z', { from: 'DRAFT', to: 'PROPOSED' }),
    ],
    ...overrides,
  };
}

export const mobilityEdge = (node: ReturnType<typeof mobility>, cursor = `cursor-${node.id}`) => ({
  __typename: 'OrganisationMobilitiesConnectionEdge',
  cursor,
  node,
});

/** A `mobilities` connection page of the organisation, as `MobilityListRouteQuery` returns it. */
export function mobilityListResult(nodes: ReturnType<typeof mobility>[], hasNextPage = false) {
  const edges = nodes.map((node) => mobilityEdge(node));
  return {
    data: {
      __typename: 'Query',
      node: {
        ...organisationNode,
        mobilities: {
          __typename: 'OrganisationMobilitiesConnection',
          edges,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        },
      },
    },
  };
}

export function mobilityDetailResult(node: ReturnType<typeof mobility> | null = mobility()) {
  return { data: { __typename: 'Query', mobility: node, organisation: organisationNode } };
}

/**
 * A canned answer computed from the request. Wrapping the function keeps Biome from reading an
 * operation's PascalCase name with an arrow function as a React component defined in a test.
 */
export function answer(respond: (request: RecordedGraphQLRequest) => MockGraphQLResult): MockGraphQLHandler {
  return respond;
}
