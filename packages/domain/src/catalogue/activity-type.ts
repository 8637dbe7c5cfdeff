import type { Provenance } from '../provenance/provenance';
import type { Action } from './action';
import type { ActivityTypeCode } from './activity-type-codes';
import type { ParticipantCategory } from './participant-category';

/** An allowed span of activity days (travel days excluded), both ends inclusive. */
export interface DurationRange {
  readonly minDays: number;
  readonly maxDays: number;
  /** `SHORT_TERM`/`LONG_TERM` only where one activity type has two separate spans (HE students). */
  readonly term: 'ANY' | 'SHORT_TERM' | 'LONG_TERM';
}

export interface ActivityType {
  readonly code: ActivityTypeCode;
  /** False for Mobilis's own `MOBILIS-…` codes, which have no known BM code. */
  readonly codeConfirmed: boolean;
  /** English name; apps translate by `code`. */
  readonly name: string;
  readonly category: ParticipantCategory;
  readonly actions: readonly Action[];
  /** Activity days, travel excluded [PG-OPP-PUP], [PG-OPP-STAFF]. `null`: limits not known. */
  readonly durationRanges: readonly DurationRange[] | null;
  readonly durationSource: Provenance;
  /** Course fees are only paid for structured courses and training [IKY-VET]. */
  readonly courseFees: boolean;
  /** Recorded as one group with sub-groups, not one record per person [W-GRP]. */
  readonly group: boolean;
  readonly source: Provenance;
}
