/**
 * Who takes part in an activity: staff, learners, or others (invited experts, hosted teachers
 * in training) — the BM code prefixes SM-, LM- and OA- [W-ACT].
 */
export const PARTICIPANT_CATEGORIES = ['STAFF', 'LEARNER', 'OTHER'] as const;

export type ParticipantCategory = (typeof PARTICIPANT_CATEGORIES)[number];
