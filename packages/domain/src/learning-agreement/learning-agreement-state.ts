import type { LearningAgreementContent } from './learning-agreement-content';
import type { ChangeRow } from './learning-agreement-diff';

/** The three parties who sign, in the order they sign a proposal. */
export const SIGNER_ROLES = ['PARTICIPANT', 'SENDING', 'HOST'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

/** Who signed, when and through which app; bound to one proposal hash. */
export interface Signature {
  readonly role: SignerRole;
  readonly name: string;
  /** Required for organisations, not for the participant (as in EWP). */
  readonly position: string | null;
  readonly email: string;
  readonly signedAt: string;
  readonly app: string;
  readonly proposalHash: string;
}

export interface HostComment {
  readonly text: string;
  readonly by: string;
  readonly at: string;
  readonly proposalHash: string;
}

export interface Proposal {
  readonly content: LearningAgreementContent;
  readonly hash: string;
  readonly changes: readonly ChangeRow[];
  readonly proposedBy: 'SENDING' | 'PARTICIPANT';
  readonly proposedAt: string;
  readonly signatures: readonly Signature[];
  /** The host's last comment on this proposal, which cleared its approvals. */
  readonly comment: HostComment | null;
}

export interface SignedVersion {
  readonly content: LearningAgreementContent;
  readonly hash: string;
  readonly signatures: readonly Signature[];
}

/**
 * A mobility's learning agreement: the first fully signed version, the latest fully signed
 * changes, and at most one pending proposal (learning-agreement.md; EWP's omobility-las model).
 */
export interface LearningAgreementState {
  readonly firstVersion: SignedVersion | null;
  readonly approvedChanges: SignedVersion | null;
  readonly proposal: Proposal | null;
}

export const EMPTY_LEARNING_AGREEMENT: LearningAgreementState = {
  firstVersion: null,
  approvedChanges: null,
  proposal: null,
};

/** The content all three parties agreed last (the approved changes, else the first version). */
export function agreedContent(state: LearningAgreementState): LearningAgreementContent | null {
  return (state.approvedChanges ?? state.firstVersion)?.content ?? null;
}

/**
 * The host sees a proposal once the participant and the sending organisation approved it, and
 * keeps seeing one it commented on (a declined version stays visible with its comment).
 */
export function visibleToHost(proposal: Proposal): boolean {
  const roles = proposal.signatures.map((s) => s.role);
  return (roles.includes('PARTICIPANT') && roles.includes('SENDING')) || proposal.comment !== null;
}
