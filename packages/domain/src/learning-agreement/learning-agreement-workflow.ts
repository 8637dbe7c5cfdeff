import { type TranslatableMessage, translatableMessage } from '../message/translatable-message';
import type { LearningAgreementContent } from './learning-agreement-content';
import { type ChangeReason, changeRows } from './learning-agreement-diff';
import {
  agreedContent,
  type LearningAgreementState,
  type Signature,
  type SignerRole,
} from './learning-agreement-state';
import { proposalHash } from './proposal-hash';

export type WorkflowError = TranslatableMessage<
  'STALE_PROPOSAL' | 'NO_PROPOSAL' | 'ALREADY_SIGNED' | 'NOT_YOUR_TURN' | 'UNCHANGED' | 'COMMENT_REQUIRED'
>;

export type WorkflowResult =
  | {
      readonly ok: true;
      readonly state: LearningAgreementState;
      readonly event: string;
      readonly firstVersionConcluded: boolean;
    }
  | { readonly ok: false; readonly error: WorkflowError };

const fail = (code: WorkflowError['code'], message: string): WorkflowResult => ({
  ok: false,
  error: translatableMessage(code, message),
});

/**
 * Replaces the pending proposal with new content (a draft, a revision after a comment, or a
 * change during the mobility). The hash changes with the content, so every earlier approval of
 * the old proposal is void; change rows are computed against the agreed content.
 */
export function propose(
  state: LearningAgreementState,
  input: {
    content: LearningAgreementContent;
    reasons?: readonly ChangeReason[];
    by: 'SENDING' | 'PARTICIPANT';
    at: string;
  },
): WorkflowResult {
  const hash = proposalHash(input.content);
  const agreed = agreedContent(state);
  if (agreed && proposalHash(agreed) === hash)
    return fail('UNCHANGED', 'The proposal is the same as the agreed version.');
  if (state.proposal?.hash === hash && state.proposal.comment === null)
    return fail('UNCHANGED', 'This proposal is already pending.');
  return {
    ok: true,
    event: state.proposal ? 'PROPOSAL_REVISED' : agreed ? 'CHANGE_PROPOSED' : 'PROPOSAL_DRAFTED',
    firstVersionConcluded: false,
    state: {
      ...state,
      proposal: {
        content: input.content,
        hash,
        changes: changeRows(agreed, input.content, input.reasons),
        proposedBy: input.by,
        proposedAt: input.at,
        signatures: [],
        comment: null,
      },
    },
  };
}

/**
 * A party signs the proposal it saw (its hash). Participant, then sending organisation, then
 * host; the third signature makes the proposal the first version, or the approved changes.
 */
export function sign(state: LearningAgreementState, signature: Signature): WorkflowResult {
  const proposal = state.proposal;
  if (!proposal) return fail('NO_PROPOSAL', 'There is no proposal to sign.');
  if (proposal.hash !== signature.proposalHash)
    return fail('STALE_PROPOSAL', 'The proposal changed since you read it. Reload it and decide again.');
  const signed = proposal.signatures.map((s) => s.role);
  if (signed.includes(signature.role))
    return fail('ALREADY_SIGNED', 'You have already signed this proposal.');
  const order: readonly SignerRole[] = ['PARTICIPANT', 'SENDING', 'HOST'];
  const next = order.find((role) => !signed.includes(role));
  if (next !== signature.role)
    return fail('NOT_YOUR_TURN', 'The proposal is waiting for another party’s signature first.');
  const signatures = [...proposal.signatures, signature];
  if (signature.role !== 'HOST') {
    return {
      ok: true,
      event: `SIGNED_BY_${signature.role}`,
      firstVersionConcluded: false,
      state: { ...state, proposal: { ...proposal, signatures } },
    };
  }
  const version = { content: proposal.content, hash: proposal.hash, signatures };
  const first = state.firstVersion === null;
  return {
    ok: true,
    event: first ? 'FIRST_VERSION_AGREED' : 'CHANGES_AGREED',
    firstVersionConcluded: first,
    state: first
      ? { firstVersion: version, approvedChanges: null, proposal: null }
      : { ...state, approvedChanges: version, proposal: null },
  };
}

/**
 * A party asks for changes instead of signing, when it is its turn: the participant on a new
 * proposal, the host once participant and sender approved. The comment is kept (a declined
 * version stays visible with it) and every approval of the proposal is cleared.
 */
export function comment(
  state: LearningAgreementState,
  input: { text: string; by: string; at: string; proposalHash: string; role?: 'PARTICIPANT' | 'HOST' },
): WorkflowResult {
  const proposal = state.proposal;
  if (!proposal) return fail('NO_PROPOSAL', 'There is no proposal to comment on.');
  if (proposal.hash !== input.proposalHash)
    return fail('STALE_PROPOSAL', 'The proposal changed since you read it. Reload it and decide again.');
  const approvedBy = proposal.signatures.map((s) => s.role);
  const role = input.role ?? 'HOST';
  const turn =
    role === 'HOST'
      ? approvedBy.includes('PARTICIPANT') && approvedBy.includes('SENDING')
      : approvedBy.length === 0;
  if (!turn) return fail('NOT_YOUR_TURN', 'The proposal is waiting for another party first.');
  if (input.text.trim().length < 3) return fail('COMMENT_REQUIRED', 'Say what should change.');
  return {
    ok: true,
    event: role === 'HOST' ? 'HOST_COMMENTED' : 'PARTICIPANT_COMMENTED',
    firstVersionConcluded: false,
    state: {
      ...state,
      proposal: {
        ...proposal,
        signatures: [],
        comment: { text: input.text.trim(), by: input.by, at: input.at, proposalHash: proposal.hash },
      },
    },
  };
}
