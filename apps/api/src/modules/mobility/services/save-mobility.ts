import { insertAuditEvent } from '@mobilis/db/repositories/audit-event-repository';
import {
  insertMobility,
  lockMobilityForSender,
  type Mobility,
  updateMobility,
} from '@mobilis/db/repositories/mobility-repository';
import { lockProject } from '@mobilis/db/repositories/project-repository';
import type { Action } from '@mobilis/domain/catalogue/action';
import { checkMobilityRules } from '@mobilis/domain/mobility/check-mobility-rules';
import { type MobilityValues, mobilityInputSchema } from '@mobilis/domain/mobility/mobility-input';
import type { Context } from '../../../context';
import {
  InputValidationError,
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
} from '../../../graphql/errors';
import { parseInput } from '../../../graphql/parse-input';
import { loadMobilityParties, type MobilityParties } from '../load-mobility-context';
import { computeMobilityGrant } from '../mobility-grant';

export interface MobilityFormInput {
  participantId: string;
  hostOrganisationId: string;
  facts: unknown;
}

/** Facts + parties validated against the activity's rules, with the grant computed. */
export async function prepareMobility(context: Context, projectId: string, input: MobilityFormInput) {
  const viewer = context.viewer;
  if (!viewer) throw new NotFoundError();
  const facts = parseInput(mobilityInputSchema, input.facts);
  const parties = await loadMobilityParties(context.db, viewer.user.id, {
    projectId,
    participantId: input.participantId,
    hostOrganisationId: input.hostOrganisationId,
  });
  const problems = checkMobilityRules(facts, {
    projectAction: parties.project.action as Action,
    projectStartDate: parties.project.startDate,
    projectEndDate: parties.project.endDate,
    participantCategory: parties.participant.category,
  });
  if (problems.length > 0) throw new InputValidationError(problems.map((p) => ({ ...p, path: [...p.path] })));
  return { facts, parties };
}

function columnsOf(facts: MobilityValues, parties: MobilityParties) {
  const { grant, computedDistanceKm } = computeMobilityGrant(
    facts,
    parties.project,
    parties.sending,
    parties.host,
  );
  return {
    ...facts,
    participantId: parties.participant.id,
    hostOrganisationId: parties.host.id,
    computedDistanceKm,
    grant,
    grantTotalCents: grant.totalCents,
    rateCardVersion: grant.rateCardVersion,
  };
}

/** Creates a draft mobility with its grant and a MOBILITY_CREATED audit event, in one transaction. */
export async function createMobility(
  context: Context,
  projectId: string,
  input: MobilityFormInput,
): Promise<Mobility> {
  const { facts, parties } = await prepareMobility(context, projectId, input);
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    await lockProject(trx, projectId); // serialises the MOB-nnnnn references of the project
    const mobility = await insertMobility(
      trx,
      {
        ...columnsOf(facts, parties),
        organisationId: parties.project.organisationId,
        projectId,
        status: 'DRAFT',
        actualStartDate: null,
        actualEndDate: null,
      },
      now,
    );
    await insertAuditEvent(trx, {
      organisationId: mobility.organisationId,
      subjectType: 'MOBILITY',
      subjectId: mobility.id,
      action: 'MOBILITY_CREATED',
      actorUserId: context.viewer?.user.id ?? null,
      occurredAt: now,
      details: { totalCents: mobility.grantTotalCents, rateCardVersion: mobility.rateCardVersion },
    });
    return mobility;
  });
}

// Editing the facts is the sending side's job until the placement is settled with the host;
// afterwards dates change through the host's confirmations (and learning-agreement changes).
const EDITABLE_STATUSES = ['DRAFT', 'DECLINED', 'PROPOSED', 'CONFIRMED'];

/**
 * Saves new facts if the mobility is still at `expectedVersion`, recalculating its grant from the
 * project's current card; the audit event records the old and new totals.
 */
export async function editMobility(
  context: Context,
  input: MobilityFormInput & { mobilityId: string; expectedVersion: number },
): Promise<Mobility> {
  const viewer = context.viewer;
  if (!viewer) throw new NotFoundError();
  const now = context.clock();
  return context.db.transaction().execute(async (trx) => {
    const current = await lockMobilityForSender(trx, input.mobilityId, viewer.user.id);
    if (!current) throw new NotFoundError();
    if (current.version !== input.expectedVersion) throw new StaleVersionError(current.version);
    if (!EDITABLE_STATUSES.includes(current.status)) {
      throw new InvalidTransitionError(
        'NOT_EDITABLE',
        `A ${current.status} mobility cannot be edited.`,
        current.status,
      );
    }
    const hostChanges = current.hostOrganisationId !== input.hostOrganisationId;
    if (hostChanges && !['DRAFT', 'DECLINED'].includes(current.status)) {
      throw new InvalidTransitionError(
        'HOST_LOCKED',
        'The host can only change before the placement is proposed.',
        current.status,
      );
    }
    const { facts, parties } = await prepareMobility(
      { ...context, db: trx as never },
      current.projectId,
      input,
    );
    const changes = columnsOf(facts, parties);
    const updated = await updateMobility(trx, current.id, input.expectedVersion, changes, now);
    if (!updated) throw new StaleVersionError(current.version);
    await insertAuditEvent(trx, {
      organisationId: current.organisationId,
      subjectType: 'MOBILITY',
      subjectId: current.id,
      action: 'MOBILITY_UPDATED',
      actorUserId: viewer.user.id,
      occurredAt: now,
      details: {
        totalCentsBefore: current.grantTotalCents,
        totalCentsAfter: updated.grantTotalCents,
        rateCardVersion: updated.rateCardVersion,
      },
    });
    return updated;
  });
}
