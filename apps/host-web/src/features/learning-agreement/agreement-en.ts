import type { OUTCOME_KINDS } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import type { CHANGE_REASON_CODES } from '@mobilis/domain/learning-agreement/learning-agreement-diff';
import type { SignerRole } from '@mobilis/domain/learning-agreement/learning-agreement-state';

/** English texts of the learning agreement on the placement page (`host:agreement.*`). */
export const agreementEn = {
  title: 'Learning agreement',
  intro:
    'What the participant will learn and do with you, how it is assessed and recognised. The participant, the sending organisation and you sign it.',
  none: 'There is no learning agreement yet. The sending organisation drafts it with the participant; you will see it here once both have approved it.',
  pdf: 'Learning agreement (PDF)',
  unreadable: 'This version cannot be shown here. Open the PDF to read it.',
  notStated: 'Not stated',
  agreed: {
    firstVersion: 'Agreed version',
    firstVersionIntro: 'Signed by all three parties.',
    approvedChanges: 'Agreed version (with changes)',
    approvedChangesIntro: 'The latest changes signed by all three parties.',
  },
  proposal: {
    awaitingTitle: 'Proposal to sign',
    awaitingIntro:
      'The participant and the sending organisation have approved this proposal. Sign it, or ask for changes.',
    commentedTitle: 'Proposal you asked to change',
    proposedBy: 'Proposed by {{party}} on {{date}} · version {{version}}',
    proposers: {
      SENDING: 'the sending organisation',
      PARTICIPANT: 'the participant',
    } satisfies Record<'SENDING' | 'PARTICIPANT', string>,
    firstProposal: 'The first proposal: the whole agreement.',
    changesTitle: 'What changes',
    changesIntro: 'Compared with the agreed version.',
    changesLabel: 'Changed rows',
    noRowChanges: 'No learning outcome or activity is added or removed.',
    otherChangesTitle: 'Other changes',
    before: 'Until now',
    proposed: 'Proposed',
    wholeProposal: 'The whole proposed agreement',
    asked: 'You asked for changes: {{text}}. The sending organisation will revise the proposal.',
    askedBefore:
      'You asked for changes before: {{text}}. The participant and the sending organisation approved the proposal again without changes.',
  },
  change: {
    INSERTED: 'Added',
    DELETED: 'Removed',
    sections: {
      learningOutcomes: 'Learning outcome',
      activities: 'Activity',
    },
    reason: 'Reason: {{reason}}',
    noReason: 'No reason given',
    reasons: {
      NOT_AVAILABLE: 'Not available',
      LANGUAGE_MISMATCH: 'Language mismatch',
      TIMETABLE_CONFLICT: 'Timetable conflict',
      SUBSTITUTING_DELETED: 'Replaces a removed row',
      EXTENDING_MOBILITY: 'Extends the mobility',
      ADDING_OUTCOME: 'Adds a learning outcome',
      OTHER: 'Other reason',
    } satisfies Record<(typeof CHANGE_REASON_CODES)[number], string>,
  },
  content: {
    outcomes: 'Expected learning outcomes',
    outcomesLabel: 'Expected learning outcomes',
    noOutcomes: 'No learning outcomes.',
    kinds: {
      KNOWLEDGE: 'Knowledge',
      SKILLS: 'Skills',
      RESPONSIBILITY_AUTONOMY: 'Responsibility and autonomy',
    } satisfies Record<(typeof OUTCOME_KINDS)[number], string>,
    assessment: 'Assessment: {{method}}',
    activities: 'Programme of activities',
    activitiesLabel: 'Programme of activities',
    noActivities: 'No activities planned in detail.',
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    terms: 'Terms',
    sendingMentor: 'Mentor at the sending organisation',
    hostMentor: 'Mentor at the host',
    language: 'Language and level',
    languageWithLevel: '{{language}}, CEFR level {{level}}',
    recognition: 'Recognition',
    monitoring: 'Monitoring',
    responsibilities: {
      participant: 'The participant’s responsibilities',
      sending: 'The sending organisation’s responsibilities',
      host: 'Your responsibilities as host',
    },
    qualification: 'Current qualification',
    eqfLevel: 'EQF level {{level}}',
    sections: {
      mentors: 'Mentors',
      language: 'Language and level',
      recognition: 'Recognition',
      monitoring: 'Monitoring',
      responsibilities: 'Responsibilities',
      qualification: 'Current qualification',
    },
  },
  signatures: {
    title: 'Signatures',
    none: 'Not signed yet.',
    label: 'Signatures',
    roles: {
      PARTICIPANT: 'Participant',
      SENDING: 'Sending organisation',
      HOST: 'Host institution',
    } satisfies Record<SignerRole, string>,
    signedAt: 'signed on {{time}}',
  },
  sign: {
    open: 'Sign the learning agreement',
    dialogTitle: 'Sign the learning agreement',
    summary:
      'You sign version {{version}} of the learning agreement for {{participant}} on behalf of your institution.',
    outcomes_one: '{{count}} learning outcome',
    outcomes_other: '{{count}} learning outcomes',
    activities_one: '{{count}} activity',
    activities_other: '{{count}} activities',
    signedBy: 'Already signed by: {{parties}}',
    consequence: 'Yours is the last signature: the agreement then applies, and the other parties are told.',
    position: 'Your position',
    positionDescription: 'E.g. Head of training. It appears next to your name in the agreement.',
    cancel: 'Cancel',
    submit: 'Sign',
    done: 'You signed the learning agreement. With all three signatures it is now agreed.',
  },
  comment: {
    open: 'Ask for changes',
    dialogTitle: 'Ask for changes',
    intro:
      'Your comment goes to the sending organisation and the participant. The approvals of this proposal are withdrawn, and the sending organisation revises it.',
    text: 'What should change?',
    textDescription: 'Say what to add, remove or change, and why.',
    tooShort: 'Say in a few words what should change.',
    cancel: 'Cancel',
    submit: 'Send comment',
  },
  closeDialog: 'Close',
  problems: {
    stale: 'The proposal changed while you were reading; it has been reloaded.',
    notFound: 'This placement no longer exists, or it is no longer placed with your institution.',
    codes: {
      NOT_YOUR_TURN:
        'It is not your turn: the proposal is waiting for the participant or the sending organisation first. We have loaded its current state.',
      ALREADY_SIGNED: 'You have already signed this proposal. We have loaded its current state.',
      MOBILITY_CLOSED_FOR_CHANGES:
        'The learning agreement of this mobility can no longer change. We have loaded its current state.',
      NO_PROPOSAL: 'There is no proposal to sign any more. We have loaded the current state.',
      COMMENT_REQUIRED: 'Say in a few words what should change.',
      UNCHANGED: 'The proposal is the same as the agreed version.',
    },
  },
};

export type AgreementTexts = typeof agreementEn;
