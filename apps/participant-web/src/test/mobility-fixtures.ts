import type { LearningAgreementContentInput } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { rheinRuhr } from './viewer-fixtures';

/** Mobilities as the API returns them to their participant (every field any query here selects). */

export const agreedContent: LearningAgreementContentInput = {
  learningOutcomes: [
    {
      id: 'lo-1',
      title: 'Service a diesel engine',
      description: 'Carry out a scheduled service on a commercial vehicle.',
      kind: 'SKILLS',
      assessmentMethod: 'Observed by the workshop mentor',
    },
    {
      id: 'lo-2',
      title: 'Spanish workshop vocabulary',
      description: null,
      kind: 'KNOWLEDGE',
      assessmentMethod: 'Short oral test',
    },
  ],
  activities: [
    {
      id: 'act-2',
      startDate: '2026-03-09',
      endDate: '2026-03-13',
      description: 'Engine diagnostics with the service team',
      hours: 30,
      place: 'Workshop B',
    },
    {
      id: 'act-1',
      startDate: '2026-03-03',
      endDate: '2026-03-06',
      description: 'Induction and safety training',
      hours: 7.5,
      place: 'Valencia',
    },
  ],
  mentors: {
    sending: { name: 'Anna Becker', role: 'Coordinator', email: 'anna.becker@rhein-ruhr.example' },
    host: { name: 'Carlos Ruiz', role: 'Workshop lead', email: 'carlos@talleres.example' },
  },
  language: { language: 'Spanish', cefrLevel: 'A2' },
  recognition: 'Europass Mobility and a unit of the apprenticeship.',
  monitoring: 'Weekly call with the coordinator.',
  responsibilities: {
    participant: 'Keep a learning diary.',
    sending: 'Prepare and insure the learner.',
    host: 'Provide a mentor and the workshop.',
  },
  qualification: { current: 'Automotive mechatronics, 2nd year', eqfLevel: 4 },
};

/** A change during the mobility: the vocabulary outcome swapped, the language level raised. */
export const changedContent: LearningAgreementContentInput = {
  ...agreedContent,
  learningOutcomes: [
    agreedContent.learningOutcomes[0] as LearningAgreementContentInput['learningOutcomes'][number],
    {
      id: 'lo-3',
      title: 'Hybrid drive safety',
      description: 'Isolate a high-voltage system safely.',
      kind: 'RESPONSIBILITY_AUTONOMY',
      assessmentMethod: 'Practical check',
    },
  ],
  language: { language: 'Spanish', cefrLevel: 'B1' },
};

const signature = (role: 'PARTICIPANT' | 'SENDING' | 'HOST', name: string, signedAt: string) => ({
  __typename: 'AgreementSignature',
  role,
  name,
  position: role === 'PARTICIPANT' ? null : 'Authorised signatory',
  signedAt,
});

export const allSigned = [
  signature('PARTICIPANT', 'Lena Fischer', '2026-02-10T09:00:00.000Z'),
  signature('SENDING', 'Anna Becker', '2026-02-11T10:30:00.000Z'),
  signature('HOST', 'Lucía Martínez', '2026-02-12T14:15:00.000Z'),
];

export const version = (content: LearningAgreementContentInput, hash: string) => ({
  __typename: 'AgreementVersion',
  hash,
  content: JSON.stringify(content),
  signatures: allSigned,
});

export const changeRow = (
  section: 'learningOutcomes' | 'activities',
  itemId: string,
  status: 'INSERTED' | 'DELETED',
  title: string,
  reasonCode: string | null,
  reasonText: string | null,
) => ({ __typename: 'AgreementChangeRow', section, itemId, status, title, reasonCode, reasonText });

export const proposal = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'AgreementProposal',
  hash: 'hash-proposal-1',
  content: JSON.stringify(agreedContent),
  proposedBy: 'SENDING',
  proposedAt: '2026-02-01T08:00:00.000Z',
  awaiting: 'PARTICIPANT',
  changes: [],
  signatures: [],
  comment: null,
  ...overrides,
});

/** A change proposal against the agreed content, awaiting the participant. */
export const changeProposal = (overrides: Record<string, unknown> = {}) =>
  proposal({
    hash: 'hash-change-1',
    content: JSON.stringify(changedContent),
    proposedAt: '2026-03-05T11:00:00.000Z',
    changes: [
      changeRow('learningOutcomes', 'lo-2', 'DELETED', 'Spanish workshop vocabulary', 'NOT_AVAILABLE', null),
      changeRow(
        'learningOutcomes',
        'lo-3',
        'INSERTED',
        'Hybrid drive safety',
        'SUBSTITUTING_DELETED',
        'The hybrid bay opened this month.',
      ),
    ],
    ...overrides,
  });

export const preparationItem = (key: string, label: string, doneAt: string | null = null) => ({
  __typename: 'PreparationItem',
  key,
  label,
  doneAt,
});

export const preparation = [
  preparationItem('LANGUAGE_PREPARATION', 'Language preparation done', '2026-02-20T10:00:00.000Z'),
  preparationItem('INSURANCE', 'Insurance arranged'),
  preparationItem('TRAVEL_BOOKED', 'Travel booked'),
];

export const submittedReport = {
  __typename: 'ParticipantReport',
  satisfaction: 5,
  skillsGained: 'Diagnostics on commercial vehicles.',
  recognition: 'FULLY',
  comments: null,
  submittedAt: '2026-03-20T16:00:00.000Z',
};

export const hostOutcomes = {
  __typename: 'HostOutcomes',
  outcomes: [
    {
      __typename: 'OutcomeAssessment',
      title: 'Service a diesel engine',
      achievement: 'ACHIEVED',
      comment: 'Independent by week two.',
    },
    {
      __typename: 'OutcomeAssessment',
      title: 'Spanish workshop vocabulary',
      achievement: 'PARTLY_ACHIEVED',
      comment: null,
    },
  ],
  skills: {
    __typename: 'SkillsDescription',
    jobRelated: 'Engine servicing and diagnostics.',
    language: 'Workshop Spanish (A2).',
    digital: null,
    organisational: null,
    communication: 'Worked in a mixed-language team.',
    other: null,
  },
};

/** A `Mobility` node as JSON; loosely typed so tests can replace any member. */
export type MobilityNode = Record<string, unknown>;

export function mobility(overrides: Record<string, unknown> = {}): MobilityNode {
  return {
    __typename: 'Mobility',
    id: 'mob-1',
    reference: 'MOB-00001',
    status: 'AGREED',
    version: 7,
    activityType: 'LM_SHORT_VET',
    plannedStartDate: '2026-03-02',
    plannedEndDate: '2026-03-14',
    actualStartDate: null,
    actualEndDate: null,
    sendingOrganisation: rheinRuhr,
    hostOrganisation: {
      __typename: 'Organisation',
      id: 'org-talleres',
      name: 'Talleres Valencia S.L.',
      address: 'Carrer de Colón 12',
      city: 'Valencia',
      country: 'ES',
    },
    hostMentor: {
      __typename: 'Mentor',
      name: 'Carlos Ruiz',
      role: 'Workshop lead',
      email: 'carlos@talleres.example',
      phone: '+34 961 23 45 67',
    },
    preparation,
    participantReport: null,
    hostOutcomes: null,
    learningAgreement: {
      __typename: 'LearningAgreement',
      firstVersion: version(agreedContent, 'hash-first'),
      approvedChanges: null,
      proposal: null,
    },
    ...overrides,
  };
}

/** The learning agreement part of `mobility()`, with these members replaced. */
export const agreement = (overrides: Record<string, unknown>) => ({
  __typename: 'LearningAgreement',
  firstVersion: version(agreedContent, 'hash-first'),
  approvedChanges: null,
  proposal: null,
  ...overrides,
});

export const mobilityResult = (node: MobilityNode | null) => ({
  data: { __typename: 'Query', mobility: node },
});

/** A mutation's answer: `field` holds the union member. */
export const mutationResult = (field: string, value: Record<string, unknown>) => ({
  data: { __typename: 'Mutation', [field]: value },
});
