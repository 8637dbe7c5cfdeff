import type { Viewer } from '../access/viewer';
import { actsAs } from './mobility-actor';
import type { MobilitySubject } from './mobility-status';

/** The host records outcomes while the participant is there and after the departure. */
export function canRecordOutcomes(viewer: Viewer, mobility: MobilitySubject): boolean {
  return ['ONGOING', 'COMPLETED'].includes(mobility.status) && actsAs(viewer, mobility, 'HOST_ORGANISATION');
}
