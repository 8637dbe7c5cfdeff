/** Learning agreements as the API returns them on `Mobility.learningAgreement` (with `__typename`). */

type Role = 'PARTICIPANT' | 'SENDING' | 'HOST';

const SIGNERS: Record<Role, { name: string; position: string | null }> = {
  PARTICIPANT: { name: 'Jonas Weber', position: null },
  SENDING: { name: 'Anna Becker', position: 'Erasmus+ coordinator' },
  HOST: { name: 'Lucía Martínez', position: 'Head of training' },
};

export function signature(role: Role, proposalHash: string, signedAt = '2026-03-01T10:00:00.000Z') {
  return {
    __typename: 'AgreementSignature',
    role,
    ...SIGNERS[role],
    email: `${role.toLowerCase()}@example.org`,
    signedAt,
    app: 'mobilis',
    proposalHash,
  };
}

const outcome = (id: string, title: string, kind: string, assessmentMethod: string | null = null) => ({
  id,
  title,
  kind,
  assessmentMethod,
});

/** The content all three signed first: two outcomes, one activity, Spanish at A2. */
export const agreedContent = {
  learningOutcomes: [
    outcome('a', 'Diagnose engine faults', 'SKILLS', 'Observation by the workshop mentor'),
    outcome('b', 'Service brake systems', 'SKILLS'),
  ],
  activities: [
    {
      id: 'w1',
      startDate: '2026-04-13',
      endDate: '2026-04-17',
      description: 'Induction and engine diagnostics in the workshop',
      hours: 35,
      place: 'Valencia workshop',
    },
  ],
  mentors: {
    sending: { name: 'Anna Becker', role: 'Tutor', email: null },
    host: { name: 'José Ángel Martínez Peña', role: 'Workshop manager', email: null },
  },
  language: { language: 'Spanish', cefrLevel: 'A2' },
  recognition: 'Europass Mobility and recognition as part of the training programme.',
  monitoring: 'Weekly call between the tutor, the participant and the mentor.',
  responsibilities: {
    participant: 'Keep a learning log.',
    sending: 'Prepare and monitor the participant.',
    host: 'Provide the tasks and a mentor.',
  },
  qualification: { current: 'Second-year apprentice', eqfLevel: 4 },
};

/** A change during the mobility: brakes out (bench broken), electric vehicles in, Spanish at B1. */
export const changedContent = {
  ...agreedContent,
  learningOutcomes: [
    agreedContent.learningOutcomes[0],
    outcome('d', 'Electric vehicle safety', 'KNOWLEDGE', 'Written test'),
  ],
  language: { language: 'Spanish', cefrLevel: 'B1' },
};

export const FIRST_HASH = `f1${'0'.repeat(62)}`;
export const CHANGE_HASH = `c4a9e21b${'7'.repeat(56)}`;

export function version(content: unknown, hash: string) {
  return {
    __typename: 'AgreementVersion',
    hash,
    content: JSON.stringify(content),
    signatures: (['PARTICIPANT', 'SENDING', 'HOST'] as const).map((role) => signature(role, hash)),
  };
}

export const changeRows = [
  {
    __typename: 'AgreementChangeRow',
    section: 'learningOutcomes',
    itemId: 'b',
    status: 'DELETED',
    title: 'Service brake systems',
    reasonCode: 'NOT_AVAILABLE',
    reasonText: 'Brake bench out of order',
  },
  {
    __typename: 'AgreementChangeRow',
    section: 'learningOutcomes',
    itemId: 'd',
    status: 'INSERTED',
    title: 'Electric vehicle safety',
    reasonCode: 'SUBSTITUTING_DELETED',
    reasonText: null,
  },
];

export function proposal(overrides: Record<string, unknown> = {}) {
  const hash = (overrides.hash as string | undefined) ?? CHANGE_HASH;
  return {
    __typename: 'AgreementProposal',
    hash,
    awaiting: 'HOST',
    content: JSON.stringify(changedContent),
    proposedAt: '2026-04-20T08:00:00.000Z',
    proposedBy: 'SENDING',
    changes: changeRows,
    comment: null,
    signatures: [
      signature('PARTICIPANT', hash, '2026-04-20T09:00:00.000Z'),
      signature('SENDING', hash, '2026-04-20T10:00:00.000Z'),
    ],
    ...overrides,
  };
}

export function agreement(
  parts: { firstVersion?: unknown; approvedChanges?: unknown; proposal?: unknown } = {},
) {
  return {
    __typename: 'LearningAgreement',
    firstVersion: parts.firstVersion ?? null,
    approvedChanges: parts.approvedChanges ?? null,
    proposal: parts.proposal ?? null,
  };
}

/** The answer of `signLearningAgreement` / `commentOnLearningAgreement` when it went through. */
export function agreementPayload(status = 'ONGOING') {
  return {
    __typename: 'LearningAgreementPayload',
    mobility: { __typename: 'Mobility', id: 'mob-1', version: 9, status, availableActions: [] },
  };
}
