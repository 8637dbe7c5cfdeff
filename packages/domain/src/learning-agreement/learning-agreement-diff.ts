import type { LearningAgreementContent } from './learning-agreement-content';
import { canonicalJson } from './proposal-hash';

/** Reason codes for change rows, as EWP has them; unknown codes are kept as given. */
export const CHANGE_REASON_CODES = [
  'NOT_AVAILABLE',
  'LANGUAGE_MISMATCH',
  'TIMETABLE_CONFLICT',
  'SUBSTITUTING_DELETED',
  'EXTENDING_MOBILITY',
  'ADDING_OUTCOME',
  'OTHER',
] as const;

export interface ChangeReason {
  readonly itemId: string;
  readonly reasonCode: string;
  readonly reasonText: string | null;
}

export interface ChangeRow {
  readonly section: 'learningOutcomes' | 'activities';
  readonly itemId: string;
  readonly status: 'INSERTED' | 'DELETED';
  readonly title: string;
  readonly reasonCode: string | null;
  readonly reasonText: string | null;
}

const label = (item: { title?: string; description?: string | null }) => item.title ?? item.description ?? '';

/**
 * The readable diff of a proposal against the agreed content: each outcome or activity row that
 * is new (inserted) or gone (deleted), with the reason the proposer gave. An edited row shows as
 * deleted + inserted, as in EWP.
 */
export function changeRows(
  agreed: LearningAgreementContent | null,
  proposed: LearningAgreementContent,
  reasons: readonly ChangeReason[] = [],
): ChangeRow[] {
  if (!agreed) return [];
  const rows: ChangeRow[] = [];
  const reasonFor = (id: string) => reasons.find((r) => r.itemId === id) ?? null;
  for (const section of ['learningOutcomes', 'activities'] as const) {
    const before = new Map<string, object>(agreed[section].map((item) => [item.id, item]));
    const after = new Map<string, object>(proposed[section].map((item) => [item.id, item]));
    for (const [id, item] of before) {
      const now = after.get(id);
      // Canonical form: stored JSON (jsonb) does not keep key order.
      if (!now || canonicalJson(now) !== canonicalJson(item)) {
        const reason = reasonFor(id);
        rows.push({
          section,
          itemId: id,
          status: 'DELETED',
          title: label(item as never),
          reasonCode: reason?.reasonCode ?? null,
          reasonText: reason?.reasonText ?? null,
        });
      }
    }
    for (const [id, item] of after) {
      const was = before.get(id);
      if (!was || canonicalJson(was) !== canonicalJson(item)) {
        const reason = reasonFor(id);
        rows.push({
          section,
          itemId: id,
          status: 'INSERTED',
          title: label(item as never),
          reasonCode: reason?.reasonCode ?? null,
          reasonText: reason?.reasonText ?? null,
        });
      }
    }
  }
  return rows;
}
