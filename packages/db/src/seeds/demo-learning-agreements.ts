import type { LearningAgreementContentInput } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { learningAgreementContentSchema } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import {
  EMPTY_LEARNING_AGREEMENT,
  type LearningAgreementState,
  type SignerRole,
} from '@mobilis/domain/learning-agreement/learning-agreement-state';
import { learningAgreementTemplate } from '@mobilis/domain/learning-agreement/learning-agreement-templates';
import {
  comment,
  propose,
  sign,
  type WorkflowResult,
} from '@mobilis/domain/learning-agreement/learning-agreement-workflow';
import type { Executor } from '../executor';
import { saveLearningAgreement } from '../repositories/learning-agreement-repository';
import type { Mobility } from '../repositories/mobility-repository';

/** The stage a demo agreement is left at. */
export type DemoAgreementStage =
  | 'NONE'
  | 'AWAITING_PARTICIPANT'
  | 'AWAITING_HOST'
  | 'HOST_COMMENTED'
  | 'AGREED'
  | 'CHANGE_PENDING';

export interface DemoSigners {
  participant: string;
  sending: { name: string; email: string };
  host: { name: string; email: string };
}

function must(result: WorkflowResult): LearningAgreementState {
  if (!result.ok) throw new Error(`Demo agreement: ${result.error.code}`);
  return result.state;
}

/**
 * Builds a demo agreement through the real workflow (so hashes and signatures are genuine),
 * starting from the activity's template, and stores it.
 */
export async function seedDemoLearningAgreement(
  db: Executor,
  mobility: Mobility,
  stage: DemoAgreementStage,
  signers: DemoSigners,
  at: Date,
): Promise<void> {
  if (stage === 'NONE') return;
  const when = (days: number) => new Date(at.getTime() + days * 86_400_000).toISOString();
  const content = learningAgreementContentSchema.parse({
    ...learningAgreementTemplate(mobility.activityType as never),
    language: { language: 'Spanish', cefrLevel: 'A2' },
  } satisfies LearningAgreementContentInput);
  const signAs = (state: LearningAgreementState, role: SignerRole, day: number) => {
    const who =
      role === 'PARTICIPANT'
        ? { name: signers.participant, email: '' }
        : role === 'SENDING'
          ? signers.sending
          : signers.host;
    return must(
      sign(state, {
        role,
        name: who.name,
        position:
          role === 'PARTICIPANT'
            ? null
            : role === 'SENDING'
              ? 'International coordinator'
              : 'Workplace mentor',
        email: who.email,
        signedAt: when(day),
        app: 'mobilis-demo',
        proposalHash: state.proposal?.hash ?? '',
      }),
    );
  };
  let state = must(propose(EMPTY_LEARNING_AGREEMENT, { content, by: 'SENDING', at: when(0) }));
  if (stage !== 'AWAITING_PARTICIPANT') {
    state = signAs(signAs(state, 'PARTICIPANT', 1), 'SENDING', 2);
  }
  if (stage === 'HOST_COMMENTED') {
    state = must(
      comment(state, {
        text: 'Please add a week in our paint shop to the programme.',
        by: signers.host.name,
        at: when(3),
        proposalHash: state.proposal?.hash ?? '',
      }),
    );
  }
  if (stage === 'AGREED' || stage === 'CHANGE_PENDING') state = signAs(state, 'HOST', 3);
  if (stage === 'CHANGE_PENDING') {
    const changed = {
      ...content,
      learningOutcomes: [
        ...content.learningOutcomes.filter((o) => o.id !== 'language'),
        {
          id: 'diagnostics',
          title: 'Read fault codes with the workshop’s diagnostic tools',
          description: null,
          kind: 'SKILLS' as const,
          assessmentMethod: 'Mentor’s observation',
        },
      ],
    };
    state = must(
      propose(state, {
        content: changed,
        reasons: [
          {
            itemId: 'language',
            reasonCode: 'NOT_AVAILABLE',
            reasonText: 'The Spanish course at the host was cancelled.',
          },
          { itemId: 'diagnostics', reasonCode: 'SUBSTITUTING_DELETED', reasonText: null },
        ],
        by: 'SENDING',
        at: when(30),
      }),
    );
  }
  await saveLearningAgreement(db, {
    mobilityId: mobility.id,
    organisationId: mobility.organisationId,
    state,
    now: new Date(when(30)),
  });
}
