import { describe, expect, it } from 'vitest';
import { type LearningAgreementContent, learningAgreementContentSchema } from './learning-agreement-content';
import {
  EMPTY_LEARNING_AGREEMENT,
  type LearningAgreementState,
  type Signature,
  type SignerRole,
} from './learning-agreement-state';
import { comment, propose, sign, type WorkflowResult } from './learning-agreement-workflow';

const outcome = (id: string, title: string) => ({ id, title, kind: 'SKILLS' as const });
const content = (...outcomes: ReturnType<typeof outcome>[]): LearningAgreementContent =>
  learningAgreementContentSchema.parse({
    learningOutcomes: outcomes,
    language: { language: 'es', cefrLevel: 'A2' },
  });

const A = outcome('a', 'Diagnose engine faults');
const B = outcome('b', 'Service brake systems');
const C = outcome('c', 'Customer communication in Spanish');
const D = outcome('d', 'Electric vehicle safety');
const E = outcome('e', 'Hybrid drivetrain basics');

const signer = (role: SignerRole, hash: string): Signature => ({
  role,
  name:
    role === 'PARTICIPANT'
      ? 'Lena Fischer'
      : role === 'SENDING'
        ? 'Sabine Müller-Lüdenscheidt'
        : 'José Ángel Martínez Peña',
  position: role === 'PARTICIPANT' ? null : 'Coordinator',
  email: `${role.toLowerCase()}@example.org`,
  signedAt: '2026-11-29T10:00:00Z',
  app: 'mobilis-test',
  proposalHash: hash,
});

function ok(result: WorkflowResult): LearningAgreementState & { event: string; concluded: boolean } {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return { ...result.state, event: result.event, concluded: result.firstVersionConcluded };
}
const hashOf = (state: LearningAgreementState) => state.proposal?.hash ?? '';
type Step = ReturnType<typeof ok>;
const signAll = (state: Step, roles: SignerRole[]): Step =>
  roles.reduce((s, role) => ok(sign(s, signer(role, hashOf(s)))), state);

// The EWP example scenario (omobility-las), adapted to learning outcomes.
describe('the 12-step learning-agreement scenario', () => {
  it('walks proposal, comment, revision, first version, changes, comment, revised change, approval', () => {
    // 1. The sending coordinator proposes outcomes A and B.
    let s = ok(
      propose(EMPTY_LEARNING_AGREEMENT, { content: content(A, B), by: 'SENDING', at: '2026-11-01' }),
    );
    expect(s.event).toBe('PROPOSAL_DRAFTED');
    // 2–3. Participant, then sending organisation approve.
    s = signAll(s, ['PARTICIPANT', 'SENDING']);
    // 4. The host comments: approvals are cleared, the comment stays visible.
    const firstHash = hashOf(s);
    s = ok(
      comment(s, {
        text: 'Please add customer communication',
        by: 'host',
        at: '2026-11-03',
        proposalHash: firstHash,
      }),
    );
    expect(s.proposal?.signatures).toEqual([]);
    expect(s.proposal?.comment?.text).toBe('Please add customer communication');
    // 5. Revised proposal: new content, new hash.
    s = ok(propose(s, { content: content(A, B, C), by: 'SENDING', at: '2026-11-04' }));
    expect(s.event).toBe('PROPOSAL_REVISED');
    expect(hashOf(s)).not.toBe(firstHash);
    expect(s.proposal?.comment).toBeNull();
    // 6–8. All three approve → the first version.
    s = signAll(s, ['PARTICIPANT', 'SENDING', 'HOST']);
    expect(s.event).toBe('FIRST_VERSION_AGREED');
    expect(s.concluded).toBe(true);
    expect(s.firstVersion?.content.learningOutcomes.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(s.firstVersion?.signatures.map((x) => x.role)).toEqual(['PARTICIPANT', 'SENDING', 'HOST']);
    expect(s.proposal).toBeNull();
    // 9. During the mobility: delete B (not available), insert D (substituting it).
    s = ok(
      propose(s, {
        content: content(A, C, D),
        reasons: [
          { itemId: 'b', reasonCode: 'NOT_AVAILABLE', reasonText: 'Brake bench out of order' },
          { itemId: 'd', reasonCode: 'SUBSTITUTING_DELETED', reasonText: null },
        ],
        by: 'SENDING',
        at: '2026-12-01',
      }),
    );
    expect(s.event).toBe('CHANGE_PROPOSED');
    expect(s.proposal?.changes).toEqual([
      {
        section: 'learningOutcomes',
        itemId: 'b',
        status: 'DELETED',
        title: 'Service brake systems',
        reasonCode: 'NOT_AVAILABLE',
        reasonText: 'Brake bench out of order',
      },
      {
        section: 'learningOutcomes',
        itemId: 'd',
        status: 'INSERTED',
        title: 'Electric vehicle safety',
        reasonCode: 'SUBSTITUTING_DELETED',
        reasonText: null,
      },
    ]);
    // 10. Participant and sending approve; the host comments.
    s = signAll(s, ['PARTICIPANT', 'SENDING']);
    s = ok(
      comment(s, { text: 'Add hybrid basics too', by: 'host', at: '2026-12-02', proposalHash: hashOf(s) }),
    );
    // 11. Revised change, approved by all three.
    s = ok(propose(s, { content: content(A, C, D, E), by: 'SENDING', at: '2026-12-03' }));
    s = signAll(s, ['PARTICIPANT', 'SENDING', 'HOST']);
    // 12. The first version stays; the approved changes hold the latest agreed content.
    expect(s.event).toBe('CHANGES_AGREED');
    expect(s.concluded).toBe(false);
    expect(s.firstVersion?.content.learningOutcomes.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(s.approvedChanges?.content.learningOutcomes.map((o) => o.id)).toEqual(['a', 'c', 'd', 'e']);
  });
});

describe('learning-agreement rules', () => {
  const drafted = ok(
    propose(EMPTY_LEARNING_AGREEMENT, { content: content(A), by: 'SENDING', at: '2026-11-01' }),
  );

  it('rejects a signature on a stale hash, naming it STALE_PROPOSAL', () => {
    const result = sign(drafted, signer('PARTICIPANT', 'an-older-hash'));
    expect(result).toMatchObject({ ok: false, error: { code: 'STALE_PROPOSAL' } });
  });
  it('rejects a comment on a stale hash', () => {
    const both = signAll(drafted, ['PARTICIPANT', 'SENDING']);
    expect(comment(both, { text: 'Change it', by: 'host', at: 'x', proposalHash: 'old' })).toMatchObject({
      ok: false,
      error: { code: 'STALE_PROPOSAL' },
    });
  });
  it.each([
    ['the sending organisation before the participant', ['SENDING']],
    ['the host before the others', ['HOST']],
    ['the host after only the participant', ['PARTICIPANT', 'HOST']],
  ] as [string, SignerRole[]][])('refuses %s', (_name, roles) => {
    const last = roles.at(-1) as SignerRole;
    const before = signAll(drafted, roles.slice(0, -1));
    expect(sign(before, signer(last, hashOf(before)))).toMatchObject({
      ok: false,
      error: { code: 'NOT_YOUR_TURN' },
    });
  });
  it('refuses to sign twice', () => {
    const once = signAll(drafted, ['PARTICIPANT']);
    expect(sign(once, signer('PARTICIPANT', hashOf(once)))).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_SIGNED' },
    });
  });
  it('does not let the host comment before the participant and the sending organisation approved', () => {
    expect(
      comment(drafted, { text: 'Too early', by: 'host', at: 'x', proposalHash: hashOf(drafted) }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_YOUR_TURN' } });
  });
  it('refuses a proposal identical to the agreed version', () => {
    const agreed = signAll(drafted, ['PARTICIPANT', 'SENDING', 'HOST']);
    expect(propose(agreed, { content: content(A), by: 'SENDING', at: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'UNCHANGED' },
    });
  });
  it('voids earlier approvals when the proposal changes (a new hash)', () => {
    const approved = signAll(drafted, ['PARTICIPANT']);
    const revised = ok(propose(approved, { content: content(A, B), by: 'SENDING', at: 'x' }));
    expect(revised.proposal?.signatures).toEqual([]);
  });
  it('lets the participant ask for changes on a new proposal, but not after signing it', () => {
    const asked = ok(
      comment(drafted, {
        text: 'Can we add welding?',
        by: 'Lena',
        at: 'x',
        proposalHash: hashOf(drafted),
        role: 'PARTICIPANT',
      }),
    );
    expect(asked.event).toBe('PARTICIPANT_COMMENTED');
    expect(asked.proposal?.comment?.text).toBe('Can we add welding?');
    const signed = signAll(drafted, ['PARTICIPANT']);
    expect(
      comment(signed, {
        text: 'Too late',
        by: 'Lena',
        at: 'x',
        proposalHash: hashOf(signed),
        role: 'PARTICIPANT',
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_YOUR_TURN' } });
  });
});
