import { describe, expect, it } from 'vitest';
import type { Viewer } from '../access/viewer';
import {
  availableMobilityActions,
  canCancelMobility,
  canCloseMobility,
  canConfirmArrival,
  canConfirmDeparture,
  canConfirmPlacement,
  canDeclinePlacement,
  canProposePlacement,
  canReturnToDraft,
} from './mobility-policies';
import type { MobilityStatus, MobilitySubject } from './mobility-status';
import { ACTORS, type ActorName, mobilityIn, OTHER_HOST } from './mobility-test-fixtures';
import { canEditMobility, canViewMobility } from './view-mobility-policy';

type Policy = (viewer: Viewer, mobility: MobilitySubject) => boolean;

describe('action policies', () => {
  it.each([
    {
      policy: 'canProposePlacement',
      fn: canProposePlacement,
      status: 'DRAFT',
      yes: 'sendingCoordinator',
      no: 'hostContact',
    },
    {
      policy: 'canProposePlacement',
      fn: canProposePlacement,
      status: 'DECLINED',
      yes: 'sendingAdmin',
      no: 'participant',
    },
    {
      policy: 'canConfirmPlacement',
      fn: canConfirmPlacement,
      status: 'PROPOSED',
      yes: 'hostContact',
      no: 'sendingAdmin',
    },
    {
      policy: 'canDeclinePlacement',
      fn: canDeclinePlacement,
      status: 'PROPOSED',
      yes: 'hostContact',
      no: 'hostAdmin',
    },
    {
      policy: 'canReturnToDraft',
      fn: canReturnToDraft,
      status: 'DECLINED',
      yes: 'sendingAdmin',
      no: 'hostContact',
    },
    {
      policy: 'canConfirmArrival',
      fn: canConfirmArrival,
      status: 'AGREED',
      yes: 'hostContact',
      no: 'participant',
    },
    {
      policy: 'canConfirmDeparture',
      fn: canConfirmDeparture,
      status: 'ONGOING',
      yes: 'hostContact',
      no: 'sendingCoordinator',
    },
    {
      policy: 'canCancelMobility',
      fn: canCancelMobility,
      status: 'ONGOING',
      yes: 'sendingCoordinator',
      no: 'hostContact',
    },
    {
      policy: 'canCloseMobility',
      fn: canCloseMobility,
      status: 'COMPLETED',
      yes: 'sendingAdmin',
      no: 'sendingHostContact',
    },
  ] as const)('$policy in $status allows $yes and not $no', ({ fn, status, yes, no }) => {
    const mobility = mobilityIn(status);
    expect((fn as Policy)(ACTORS[yes], mobility)).toBe(true);
    expect((fn as Policy)(ACTORS[no], mobility)).toBe(false);
  });

  it.each([
    { policy: 'canConfirmPlacement', fn: canConfirmPlacement, status: 'CONFIRMED' },
    { policy: 'canCancelMobility', fn: canCancelMobility, status: 'COMPLETED' },
    { policy: 'canCancelMobility', fn: canCancelMobility, status: 'CANCELLED' },
    { policy: 'canCloseMobility', fn: canCloseMobility, status: 'ONGOING' },
  ] as const)('$policy refuses everyone in $status', ({ fn, status }) => {
    for (const viewer of [ACTORS.sendingAdmin, ACTORS.hostContact, ACTORS.participant]) {
      expect((fn as Policy)(viewer, mobilityIn(status))).toBe(false);
    }
  });

  it('lists what each party can do on a proposed mobility', () => {
    const proposed = mobilityIn('PROPOSED');
    expect(availableMobilityActions(ACTORS.hostContact, proposed)).toEqual([
      'CONFIRM_PLACEMENT',
      'DECLINE_PLACEMENT',
    ]);
    expect(availableMobilityActions(ACTORS.sendingAdmin, proposed)).toEqual(['CANCEL_MOBILITY']);
    expect(availableMobilityActions(ACTORS.participant, proposed)).toEqual([]);
  });
});

const VIEW_CASES: { status: MobilityStatus; extra?: Partial<MobilitySubject>; viewers: ActorName[] }[] = [
  { status: 'DRAFT', viewers: ['sendingAdmin', 'sendingCoordinator', 'participant'] },
  { status: 'PROPOSED', viewers: ['sendingAdmin', 'sendingCoordinator', 'hostContact', 'participant'] },
  { status: 'DECLINED', viewers: ['sendingAdmin', 'sendingCoordinator', 'hostContact', 'participant'] },
  { status: 'CLOSED', viewers: ['sendingAdmin', 'sendingCoordinator', 'hostContact', 'participant'] },
  {
    status: 'PROPOSED',
    extra: { hostOrganisationId: OTHER_HOST },
    viewers: ['sendingAdmin', 'sendingCoordinator', 'otherHostContact', 'participant'],
  },
  {
    status: 'CANCELLED',
    extra: { cancelledFromStatus: 'DRAFT' },
    viewers: ['sendingAdmin', 'sendingCoordinator', 'participant'],
  },
  {
    status: 'CANCELLED',
    extra: { cancelledFromStatus: 'PROPOSED' },
    viewers: ['sendingAdmin', 'sendingCoordinator', 'hostContact', 'participant'],
  },
];

describe('canViewMobility', () => {
  it.each(VIEW_CASES)(
    'shows a $status mobility ($extra) to exactly $viewers',
    ({ status, extra, viewers }) => {
      const mobility = mobilityIn(status, extra);
      const seeing = (Object.keys(ACTORS) as ActorName[]).filter(
        (name) => name !== 'system' && canViewMobility(ACTORS[name] as Viewer, mobility),
      );
      expect(seeing).toEqual(viewers);
    },
  );
});

describe('canEditMobility', () => {
  it.each([
    { status: 'DRAFT', editable: true },
    { status: 'ONGOING', editable: true },
    { status: 'COMPLETED', editable: true },
    { status: 'CLOSED', editable: false },
    { status: 'CANCELLED', editable: false },
  ] as const)('lets the sender edit a $status mobility: $editable', ({ status, editable }) => {
    expect(canEditMobility(ACTORS.sendingCoordinator, mobilityIn(status))).toBe(editable);
    expect(canEditMobility(ACTORS.hostContact, mobilityIn(status))).toBe(false);
  });
});
