/**
 * Learning agreements as the API returns them (every field the queries select, with
 * `__typename`): content as JSON strings, hashes computed by the domain as the API does.
 */
import {
  type LearningAgreementContent,
  type LearningAgreementContentInput,
  learningAgreementContentSchema,
} from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { proposalHash } from '@mobilis/domain/learning-agreement/proposal-hash';

export const content = (input: LearningAgreementContentInput): LearningAgreementContent =>
  learningAgreementContentSchema.parse(input);

/** What Jonas Weber, the host and the sending organisation agreed for the job shadowing. */
export const agreedContent = content({
  learningOutcomes: [
    {
      id: 'diagnosis',
      title: 'Diagnose engine faults',
      description: 'With the workshop’s diagnosis equipment.',
      kind: 'SKILLS',
      assessmentMethod: 'Observation by the workshop mentor',
    },
    {
      id: 'customers',
      title: 'Talk to customers in Spanish',
      kind: 'SKILLS',
      assessmentMethod: 'Mentor’s assessment at the end',
    },
  ],
  activities: [
    {
      id: 'workshop',
      startDate: '2026-03-02',
      endDate: '2026-03-13',
      description: 'Work in the diesel workshop',
      hours: 70,
      place: 'Valencia',
    },
  ],
  mentors: { sending: null, host: { name: 'Marta Sánchez', role: 'Workshop lead', email: null } },
  language: { language: 'Spanish', cefrLevel: 'A2' },
  recognition: 'Europass Mobility.',
  monitoring: 'Weekly call with the sending tutor.',
});

/** The change proposed: customers are served in Valencian, so that outcome is replaced. */
export const changedContent = content({
  ...agreedContent,
  learningOutcomes: [
    ...agreedContent.learningOutcomes.slice(0, 1),
    {
      id: 'customers-valencian',
      title: 'Talk to customers in Valencian',
      kind: 'SKILLS',
      assessmentMethod: 'Mentor’s assessment at the end',
    },
  ],
});

export const signature = (
  role: 'PARTICIPANT' | 'SENDING' | 'HOST',
  name: string,
  signedAt: string,
  position: string | null = null,
) => ({
  __typename: 'AgreementSignature',
  role,
  name,
  position,
  email: `${name.toLowerCase().replaceAll(' ', '.')}@example.org`,
  signedAt,
  app: 'mobilis',
  proposalHash: 'hash',
});

export const allSigned = [
  signature('PARTICIPANT', 'Jonas Weber', '2026-01-20T09:00:00.000Z'),
  signature('SENDING', 'Anna Becker', '2026-01-20T10:00:00.000Z', 'Erasmus+ coordinator'),
  signature('HOST', 'Lucía Martínez', '2026-01-21T08:30:00.000Z', 'Training manager'),
];

export const version = (value: LearningAgreementContent, signatures = allSigned) => ({
  __typename: 'AgreementVersion',
  content: JSON.stringify(value),
  hash: proposalHash(value),
  signatures,
});

export const changeRow = (
  status: 'INSERTED' | 'DELETED',
  itemId: string,
  title: string,
  reasonCode: string | null = null,
  reasonText: string | null = null,
  section = 'learningOutcomes',
) => ({ __typename: 'AgreementChangeRow', section, itemId, status, title, reasonCode, reasonText });

type Fields = Partial<Record<string, unknown>>;

export const proposal = (value: LearningAgreementContent, fields: Fields = {}) => ({
  __typename: 'AgreementProposal',
  content: JSON.stringify(value),
  hash: proposalHash(value),
  changes: [],
  proposedAt: '2026-02-10T09:00:00.000Z',
  proposedBy: 'SENDING',
  awaiting: 'PARTICIPANT',
  comment: null,
  signatures: [],
  ...fields,
});

export const agreement = (fields: Fields = {}) => ({
  __typename: 'LearningAgreement',
  firstVersion: null,
  approvedChanges: null,
  proposal: null,
  ...fields,
});

/** A change of the agreed first version the participant signed: the sender's turn. */
export const pendingChangeProposal = proposal(changedContent, {
  awaiting: 'SENDING',
  changes: [
    changeRow(
      'DELETED',
      'customers',
      'Talk to customers in Spanish',
      'LANGUAGE_MISMATCH',
      'The workshop’s customers speak Valencian.',
    ),
    changeRow('INSERTED', 'customers-valencian', 'Talk to customers in Valencian', 'SUBSTITUTING_DELETED'),
  ],
  signatures: [signature('PARTICIPANT', 'Jonas Weber', '2026-02-11T08:00:00.000Z')],
});

export const pendingChange = agreement({
  firstVersion: version(agreedContent),
  proposal: pendingChangeProposal,
});
