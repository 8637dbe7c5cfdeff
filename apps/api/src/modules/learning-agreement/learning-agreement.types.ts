import { findLearningAgreementsByMobilityIds } from '@mobilis/db/repositories/learning-agreement-repository';
import { listMobilitiesOfParticipantUser } from '@mobilis/db/repositories/mobility-repository';
import type { ChangeRow } from '@mobilis/domain/learning-agreement/learning-agreement-diff';
import {
  EMPTY_LEARNING_AGREEMENT,
  type LearningAgreementState,
  type Proposal,
  SIGNER_ROLES,
  type Signature,
  type SignedVersion,
  visibleToHost,
} from '@mobilis/domain/learning-agreement/learning-agreement-state';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { sendingRole } from '../../auth/sending-access';
import type { Context } from '../../context';
import { builder } from '../../graphql/builder';
import { MobilityRef } from '../mobility/mobility.types';
import { ViewerRef } from '../viewer/viewer.types';

export const SignerRoleEnum = builder.enumType('SignerRole', {
  description: 'The three parties of a learning agreement, in signing order.',
  values: SIGNER_ROLES,
});

const SignatureRef = builder.objectRef<Signature>('AgreementSignature').implement({
  description: 'Who signed, when, through which app — bound to one proposal hash.',
  fields: (t) => ({
    role: t.field({ type: SignerRoleEnum, resolve: (s) => s.role }),
    name: t.exposeString('name'),
    position: t.string({ nullable: true, resolve: (s) => s.position }),
    email: t.exposeString('email'),
    signedAt: t.exposeString('signedAt'),
    app: t.exposeString('app'),
    proposalHash: t.exposeString('proposalHash'),
  }),
});

const ChangeRowRef = builder.objectRef<ChangeRow>('AgreementChangeRow').implement({
  description: 'A learning outcome or activity row inserted or deleted by a proposal, with the reason.',
  fields: (t) => ({
    section: t.exposeString('section'),
    itemId: t.exposeString('itemId'),
    status: t.exposeString('status', { description: 'INSERTED or DELETED.' }),
    title: t.exposeString('title'),
    reasonCode: t.string({ nullable: true, resolve: (r) => r.reasonCode }),
    reasonText: t.string({ nullable: true, resolve: (r) => r.reasonText }),
  }),
});

const VersionRef = builder.objectRef<SignedVersion>('AgreementVersion').implement({
  description: 'Content signed by all three parties.',
  fields: (t) => ({
    hash: t.exposeString('hash'),
    content: t.string({
      description: 'JSON (learningAgreementContentSchema).',
      resolve: (v) => JSON.stringify(v.content),
    }),
    signatures: t.field({ type: [SignatureRef], resolve: (v) => [...v.signatures] }),
  }),
});

const CommentRef = builder.simpleObject('AgreementComment', {
  fields: (t) => ({ text: t.string(), by: t.string(), at: t.string(), proposalHash: t.string() }),
});

const ProposalRef = builder.objectRef<Proposal>('AgreementProposal').implement({
  description: 'The pending proposal: sign it with its hash, or (host) comment on it.',
  fields: (t) => ({
    hash: t.exposeString('hash', { description: 'Concurrency token: pass it when signing or commenting.' }),
    content: t.string({
      description: 'JSON (learningAgreementContentSchema).',
      resolve: (p) => JSON.stringify(p.content),
    }),
    changes: t.field({ type: [ChangeRowRef], resolve: (p) => [...p.changes] }),
    proposedBy: t.exposeString('proposedBy'),
    proposedAt: t.exposeString('proposedAt'),
    signatures: t.field({ type: [SignatureRef], resolve: (p) => [...p.signatures] }),
    comment: t.field({ type: CommentRef, nullable: true, resolve: (p) => p.comment }),
    awaiting: t.field({
      type: SignerRoleEnum,
      nullable: true,
      description: 'The party whose signature is needed next.',
      resolve: (p) => SIGNER_ROLES.find((role) => !p.signatures.some((s) => s.role === role)) ?? null,
    }),
  }),
});

const LearningAgreementRef = builder
  .objectRef<{ state: LearningAgreementState; hideDraftFromHost: boolean }>('LearningAgreement')
  .implement({
    description: 'First version, approved changes and at most one pending proposal.',
    fields: (t) => ({
      firstVersion: t.field({ type: VersionRef, nullable: true, resolve: (a) => a.state.firstVersion }),
      approvedChanges: t.field({ type: VersionRef, nullable: true, resolve: (a) => a.state.approvedChanges }),
      proposal: t.field({
        type: ProposalRef,
        nullable: true,
        description:
          'Hidden from the host until the participant and the sending organisation have approved it.',
        resolve: (a) =>
          a.state.proposal && (!a.hideDraftFromHost || visibleToHost(a.state.proposal))
            ? a.state.proposal
            : null,
      }),
    }),
  });

export const learningAgreementLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, LearningAgreementState>(async (ids) => {
      const rows = new Map(
        (await findLearningAgreementsByMobilityIds(context.db, ids)).map((r) => [
          r.mobilityId,
          r.state as LearningAgreementState,
        ]),
      );
      return ids.map((id) => rows.get(id) ?? EMPTY_LEARNING_AGREEMENT);
    }),
);

builder.objectFields(MobilityRef, (t) => ({
  learningAgreement: t.field({
    type: LearningAgreementRef,
    description: 'The learning agreement (for the participant, the sending organisation and the host).',
    resolve: async (m, _a, c) => {
      const state = await learningAgreementLoader(c).load(m.id);
      const isSender = (await sendingRole(c.viewer, m.organisationId)) !== null;
      const isParticipant = ((await c.viewer?.participants()) ?? []).some((p) => p.id === m.participantId);
      return { state, hideDraftFromHost: !isSender && !isParticipant };
    },
  }),
}));

builder.objectFields(ViewerRef, (t) => ({
  mobilities: t.field({
    type: [MobilityRef],
    description: 'Your own mobilities as a participant, newest first.',
    resolve: (v, _a, c) => listMobilitiesOfParticipantUser(c.db, v.user.id),
  }),
}));
