import type { Mobility } from '@mobilis/db/repositories/mobility-repository';
import { learningAgreementContentSchema } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import type { LearningAgreementState } from '@mobilis/domain/learning-agreement/learning-agreement-state';
import { comment, propose, sign } from '@mobilis/domain/learning-agreement/learning-agreement-workflow';
import { builder } from '../../graphql/builder';
import { ErrorInterface, InputValidationError, NotFoundError, StaleVersionError } from '../../graphql/errors';
import { parseInput } from '../../graphql/parse-input';
import { MobilityRef } from '../mobility/mobility.types';
import { SignerRoleEnum } from './learning-agreement.types';
import { actOnLearningAgreement, LearningAgreementError } from './services/act-on-learning-agreement';

builder.objectType(LearningAgreementError, {
  name: 'LearningAgreementError',
  description: 'The workflow does not allow this now (e.g. NOT_YOUR_TURN, ALREADY_SIGNED, UNCHANGED).',
  interfaces: [ErrorInterface],
  fields: (t) => ({ code: t.exposeString('code') }),
});

const Payload = builder
  .objectRef<{ mobility: Mobility; state: LearningAgreementState }>('LearningAgreementPayload')
  .implement({
    fields: (t) => ({ mobility: t.field({ type: MobilityRef, resolve: (p) => p.mobility }) }),
  });
const errors = [InputValidationError, StaleVersionError, NotFoundError, LearningAgreementError];

const ChangeReasonInput = builder.inputType('AgreementChangeReasonInput', {
  fields: (t) => ({ itemId: t.string(), reasonCode: t.string(), reasonText: t.string({ required: false }) }),
});

function parseContent(json: string) {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new InputValidationError([
      { path: ['content'], code: 'INVALID_VALUE', message: 'This value is not valid.' },
    ]);
  }
  return parseInput(learningAgreementContentSchema, value);
}

builder.mutationField('proposeLearningAgreement', (t) =>
  t.field({
    type: Payload,
    description:
      'Draft the learning agreement or propose a change (replaces the pending proposal; approvals restart).',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('ProposeLearningAgreementInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            as: f.field({ type: SignerRoleEnum, description: 'SENDING (coordinator) or PARTICIPANT.' }),
            content: f.string({ description: 'JSON object in the shape of learningAgreementContentSchema.' }),
            reasons: f.field({ type: [ChangeReasonInput], required: false }),
          }),
        }),
      }),
    },
    errors: { types: errors, union: { name: 'ProposeLearningAgreementResult' } },
    resolve: async (_r, { input }, c) => {
      const content = parseContent(input.content);
      if (input.as === 'HOST')
        throw new LearningAgreementError('NOT_YOUR_TURN', 'The host comments on a proposal instead.');
      const by = input.as;
      return actOnLearningAgreement(c, { mobilityId: input.mobilityId.id, as: by }, (state, now) =>
        propose(state, {
          content,
          reasons: (input.reasons ?? []).map((r) => ({
            itemId: r.itemId,
            reasonCode: r.reasonCode,
            reasonText: r.reasonText ?? null,
          })),
          by,
          at: now.toISOString(),
        }),
      );
    },
  }),
);

builder.mutationField('signLearningAgreement', (t) =>
  t.field({
    type: Payload,
    description: 'Sign the pending proposal you read (its hash); the third signature concludes it.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('SignLearningAgreementInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            as: f.field({ type: SignerRoleEnum }),
            proposalHash: f.string(),
            position: f.string({
              required: false,
              description: 'Your position (organisations sign with one).',
            }),
            app: f.string({ required: false, description: 'Which app captured the signature.' }),
          }),
        }),
      }),
    },
    errors: { types: errors, union: { name: 'SignLearningAgreementResult' } },
    resolve: (_r, { input }, c) =>
      actOnLearningAgreement(c, { mobilityId: input.mobilityId.id, as: input.as }, (state, now) =>
        sign(state, {
          role: input.as,
          name: c.viewer?.user.displayName ?? '',
          position: input.as === 'PARTICIPANT' ? null : input.position?.trim() || 'Authorised signatory',
          email: c.viewer?.user.email ?? '',
          signedAt: now.toISOString(),
          app: input.app?.slice(0, 50) || 'mobilis',
          proposalHash: input.proposalHash,
        }),
      ),
  }),
);

builder.mutationField('commentOnLearningAgreement', (t) =>
  t.field({
    type: Payload,
    description:
      'Ask for changes instead of signing (the participant first, the host after the sender); clears every approval.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({
        type: builder.inputType('CommentOnLearningAgreementInput', {
          fields: (f) => ({
            mobilityId: f.globalID({ for: MobilityRef }),
            as: f.field({
              type: SignerRoleEnum,
              required: false,
              description: 'HOST (default) or PARTICIPANT.',
            }),
            proposalHash: f.string(),
            text: f.string(),
          }),
        }),
      }),
    },
    errors: { types: errors, union: { name: 'CommentOnLearningAgreementResult' } },
    resolve: (_r, { input }, c) => {
      if (input.as === 'SENDING') {
        throw new LearningAgreementError(
          'NOT_YOUR_TURN',
          'The sending organisation revises the proposal instead.',
        );
      }
      const role = input.as === 'PARTICIPANT' ? 'PARTICIPANT' : 'HOST';
      return actOnLearningAgreement(c, { mobilityId: input.mobilityId.id, as: role }, (state, now) =>
        comment(state, {
          text: input.text,
          by: c.viewer?.user.displayName ?? '',
          at: now.toISOString(),
          proposalHash: input.proposalHash,
          role,
        }),
      );
    },
  }),
);
