import { describe, expect, it } from 'vitest';
import { MOBILITY_ACTION_TYPES, type MobilityActionType } from './mobility-action';
import { MOBILITY_STATUSES, type MobilityStatus } from './mobility-status';
import {
  ACTORS,
  type ActorName,
  HOST,
  mobilityIn,
  OTHER_HOST,
  passingAction,
  SENDER,
} from './mobility-test-fixtures';
import { transition } from './transition-mobility';

// The lifecycle of the issue, written out independently of MOBILITY_TRANSITIONS.
const LEGAL: Readonly<Record<MobilityStatus, Partial<Record<MobilityActionType, MobilityStatus>>>> = {
  DRAFT: { PROPOSE_PLACEMENT: 'PROPOSED', CANCEL_MOBILITY: 'CANCELLED' },
  PROPOSED: { CONFIRM_PLACEMENT: 'CONFIRMED', DECLINE_PLACEMENT: 'DECLINED', CANCEL_MOBILITY: 'CANCELLED' },
  CONFIRMED: { CONCLUDE_LEARNING_AGREEMENT: 'AGREED', CANCEL_MOBILITY: 'CANCELLED' },
  DECLINED: { PROPOSE_PLACEMENT: 'PROPOSED', RETURN_TO_DRAFT: 'DRAFT', CANCEL_MOBILITY: 'CANCELLED' },
  AGREED: { CONFIRM_ARRIVAL: 'ONGOING', CANCEL_MOBILITY: 'CANCELLED' },
  ONGOING: { CONFIRM_DEPARTURE: 'COMPLETED', CANCEL_MOBILITY: 'CANCELLED' },
  COMPLETED: { CLOSE_MOBILITY: 'CLOSED' },
  CLOSED: {},
  CANCELLED: {},
};

const TRIGGERED_BY: Readonly<Record<MobilityActionType, readonly ActorName[]>> = {
  PROPOSE_PLACEMENT: ['sendingAdmin', 'sendingCoordinator'],
  CONFIRM_PLACEMENT: ['hostContact'],
  DECLINE_PLACEMENT: ['hostContact'],
  RETURN_TO_DRAFT: ['sendingAdmin', 'sendingCoordinator'],
  CONCLUDE_LEARNING_AGREEMENT: ['system'],
  CONFIRM_ARRIVAL: ['hostContact'],
  CONFIRM_DEPARTURE: ['hostContact'],
  CLOSE_MOBILITY: ['sendingAdmin', 'sendingCoordinator'],
  CANCEL_MOBILITY: ['sendingAdmin', 'sendingCoordinator'],
};

const matrix = MOBILITY_STATUSES.flatMap((status) =>
  MOBILITY_ACTION_TYPES.map((action) => ({ status, action, to: LEGAL[status][action] ?? null })),
);

describe('transition: every status × action', () => {
  it.each(matrix)('$action from $status leads to $to', ({ status, action, to }) => {
    const actor = ACTORS[TRIGGERED_BY[action][0] ?? 'system'];
    const result = transition(mobilityIn(status), passingAction(action, status), actor);
    if (to === null) {
      expect(result).toMatchObject({
        ok: false,
        error: { kind: 'ILLEGAL_TRANSITION', params: { action, status } },
      });
    } else {
      expect(result).toMatchObject({ ok: true, value: { from: status, to, mobility: { status: to } } });
    }
  });
});

const legalPairs = matrix.filter((cell) => cell.to !== null);
const roleCases = legalPairs.flatMap(({ status, action }) =>
  (Object.keys(ACTORS) as ActorName[]).map((actor) => ({
    status,
    action,
    actor,
    allowed: TRIGGERED_BY[action].includes(actor),
  })),
);

describe('transition: who may trigger each legal transition', () => {
  it.each(roleCases)('$actor may $action from $status: $allowed', ({ status, action, actor, allowed }) => {
    const result = transition(mobilityIn(status), passingAction(action, status), ACTORS[actor]);
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result.error.kind).toBe('NOT_ALLOWED');
  });

  it('reports an illegal transition before checking the role', () => {
    const result = transition(mobilityIn('CLOSED'), { type: 'CONFIRM_ARRIVAL' }, ACTORS.stranger);
    expect(result).toMatchObject({ ok: false, error: { kind: 'ILLEGAL_TRANSITION' } });
  });
});

describe('transition guards', () => {
  it.each([
    {
      name: 'proposing a draft without a host',
      mobility: mobilityIn('DRAFT', { hostOrganisationId: null }),
      action: { type: 'PROPOSE_PLACEMENT' } as const,
      code: 'HOST_REQUIRED',
    },
    {
      name: 'proposing the sender as its own host',
      mobility: mobilityIn('DRAFT'),
      action: { type: 'PROPOSE_PLACEMENT', hostOrganisationId: SENDER } as const,
      code: 'HOST_SAME_AS_SENDER',
    },
    {
      name: 're-proposing to the host that declined',
      mobility: mobilityIn('DECLINED'),
      action: { type: 'PROPOSE_PLACEMENT' } as const,
      code: 'HOST_ALREADY_DECLINED',
    },
    {
      name: 'cancelling without a reason',
      mobility: mobilityIn('ONGOING'),
      action: { type: 'CANCEL_MOBILITY', reason: '  ', forceMajeure: false } as const,
      code: 'CANCELLATION_REASON_REQUIRED',
    },
    {
      name: 'closing before the participant report',
      mobility: mobilityIn('COMPLETED'),
      action: { type: 'CLOSE_MOBILITY', participantReportSubmitted: false, grantFinal: true } as const,
      code: 'PARTICIPANT_REPORT_MISSING',
    },
    {
      name: 'closing before the grant is final',
      mobility: mobilityIn('COMPLETED'),
      action: { type: 'CLOSE_MOBILITY', participantReportSubmitted: true, grantFinal: false } as const,
      code: 'GRANT_NOT_FINAL',
    },
  ])('refuses $name', ({ mobility, action, code }) => {
    const result = transition(mobility, action, ACTORS.sendingCoordinator);
    expect(result).toMatchObject({ ok: false, error: { kind: 'GUARD_FAILED', code } });
  });

  it('refuses to conclude a learning agreement the host has not signed', () => {
    const signedBy = { participant: true, sendingOrganisation: true, hostOrganisation: false };
    const result = transition(
      mobilityIn('CONFIRMED'),
      { type: 'CONCLUDE_LEARNING_AGREEMENT', signedBy },
      ACTORS.system,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'LEARNING_AGREEMENT_NOT_SIGNED' } });
  });

  it('refuses a departure without confirmed attendance', () => {
    const action = { type: 'CONFIRM_DEPARTURE', attendanceConfirmed: false } as const;
    const result = transition(mobilityIn('ONGOING'), action, ACTORS.hostContact);
    expect(result).toMatchObject({ ok: false, error: { code: 'ATTENDANCE_NOT_CONFIRMED' } });
  });
});

describe('transition results', () => {
  it('moves a declined mobility to the new host when re-proposed', () => {
    const action = { type: 'PROPOSE_PLACEMENT', hostOrganisationId: OTHER_HOST } as const;
    const result = transition(mobilityIn('DECLINED'), action, ACTORS.sendingAdmin);
    expect(result.ok && result.value.mobility.hostOrganisationId).toBe(OTHER_HOST);
  });

  it('lets the new host, and not the declining one, confirm the re-proposed placement', () => {
    const reproposed = mobilityIn('PROPOSED', { hostOrganisationId: OTHER_HOST });
    expect(transition(reproposed, { type: 'CONFIRM_PLACEMENT' }, ACTORS.otherHostContact).ok).toBe(true);
    expect(transition(reproposed, { type: 'CONFIRM_PLACEMENT' }, ACTORS.hostContact).ok).toBe(false);
  });

  it('records the status a mobility was cancelled from and keeps the rest', () => {
    const action = { type: 'CANCEL_MOBILITY', reason: 'Strike', forceMajeure: true } as const;
    const result = transition(mobilityIn('AGREED'), action, ACTORS.sendingAdmin);
    expect(result.ok && result.value.mobility).toEqual({
      ...mobilityIn('CANCELLED'),
      hostOrganisationId: HOST,
      cancelledFromStatus: 'AGREED',
    });
  });

  it('gives a translatable refusal', () => {
    const result = transition(mobilityIn('DRAFT'), { type: 'CONFIRM_PLACEMENT' }, ACTORS.hostContact);
    expect(result.ok ? null : result.error).toEqual({
      kind: 'ILLEGAL_TRANSITION',
      code: 'ILLEGAL_TRANSITION',
      message: 'CONFIRM_PLACEMENT is not possible while the mobility is DRAFT.',
      params: { action: 'CONFIRM_PLACEMENT', status: 'DRAFT' },
    });
  });
});
