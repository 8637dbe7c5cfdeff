import type { Mobility } from '@mobilis/db/repositories/mobility-repository';
import {
  confirmArrivalInputSchema,
  confirmDepartureInputSchema,
  declinePlacementInputSchema,
  mentorInputSchema,
} from '@mobilis/domain/host/host-inputs';
import type { Context } from '../../../context';
import { parseInput } from '../../../graphql/parse-input';
import { notifyDatesConfirmed, notifyPlacementDecided } from '../../mobility/mobility-notifications';
import { applyMobilityTransition } from '../../mobility/services/apply-mobility-transition';
import { recomputeGrantWithActualDates } from './recompute-grant';

interface Target {
  mobilityId: string;
  expectedVersion: number;
}

/** The host accepts the placement and names the participant's mentor (PROPOSED → CONFIRMED). */
export function confirmPlacement(context: Context, input: Target & { mentor: unknown }): Promise<Mobility> {
  const mentor = parseInput(mentorInputSchema, input.mentor);
  return applyMobilityTransition(context, {
    ...input,
    side: 'HOST',
    action: { type: 'CONFIRM_PLACEMENT' },
    event: 'PLACEMENT_CONFIRMED',
    details: { mentorName: mentor.name },
    changes: () => ({ hostMentor: mentor }),
    notify: (m, trx, now) => notifyPlacementDecided(trx, m, context.publicOrigin, now),
  });
}

/** The host declines with a reason (PROPOSED → DECLINED); the sender may propose it elsewhere. */
export function declinePlacement(context: Context, input: Target & { reason: string }): Promise<Mobility> {
  const { reason } = parseInput(declinePlacementInputSchema, { reason: input.reason });
  return applyMobilityTransition(context, {
    ...input,
    side: 'HOST',
    action: { type: 'DECLINE_PLACEMENT', reason },
    event: 'PLACEMENT_DECLINED',
    details: { reason },
    changes: () => ({ declineReason: reason }),
    notify: (m, trx, now) => notifyPlacementDecided(trx, m, context.publicOrigin, now),
  });
}

/** The host confirms the participant arrived (AGREED → ONGOING) on the actual start date. */
export function confirmArrival(
  context: Context,
  input: Target & { actualStartDate: string },
): Promise<Mobility> {
  const { actualStartDate } = parseInput(confirmArrivalInputSchema, {
    actualStartDate: input.actualStartDate,
  });
  return applyMobilityTransition(context, {
    ...input,
    side: 'HOST',
    action: { type: 'CONFIRM_ARRIVAL' },
    event: 'ARRIVAL_CONFIRMED',
    details: { actualStartDate },
    changes: (current, trx) => recomputeGrantWithActualDates(trx, current, { actualStartDate }),
    notify: (m, trx, now) => notifyDatesConfirmed(trx, m, 'arrival', context.publicOrigin, now),
  });
}

/**
 * The host confirms departure and attendance (ONGOING → COMPLETED). Actual dates that differ from
 * the plan recalculate the grant; the audit event keeps the totals before and after.
 */
export function confirmDeparture(
  context: Context,
  input: Target & {
    actualEndDate: string;
    attendanceDays: number;
    interruptionDays?: number | null;
    interruptionNote?: string | null;
  },
): Promise<Mobility> {
  const values = parseInput(confirmDepartureInputSchema, {
    actualEndDate: input.actualEndDate,
    attendanceDays: input.attendanceDays,
    ...(input.interruptionDays === null || input.interruptionDays === undefined
      ? {}
      : { interruptionDays: input.interruptionDays }),
    interruptionNote: input.interruptionNote,
  });
  return applyMobilityTransition(context, {
    ...input,
    side: 'HOST',
    action: { type: 'CONFIRM_DEPARTURE', attendanceConfirmed: true },
    event: 'DEPARTURE_CONFIRMED',
    details: {
      actualEndDate: values.actualEndDate,
      attendanceDays: values.attendanceDays,
      interruptionDays: values.interruptionDays,
    },
    changes: async (current, trx) => ({
      ...(await recomputeGrantWithActualDates(trx, current, { actualEndDate: values.actualEndDate })),
      attendance: {
        attendanceDays: values.attendanceDays,
        interruptionDays: values.interruptionDays,
        interruptionNote: values.interruptionNote,
      },
    }),
    notify: (m, trx, now) => notifyDatesConfirmed(trx, m, 'departure', context.publicOrigin, now),
  });
}
