/**
 * Where a programme figure or rule comes from. Every figure Mobilis encodes carries the source
 * tags of /work/shared/domain/ka1-reference.md (section 11) and the reference's confidence, so
 * screens can show which amounts are not official (product decision 5).
 */
export const CONFIDENCE_LEVELS = ['confirmed', 'unconfirmed', 'reconstructed'] as const;

/**
 * - `confirmed`: stated by the reference without reservation.
 * - `unconfirmed`: the reference marks it unconfirmed (secondary source, inferred, or conflicting).
 * - `reconstructed`: assembled from several secondary sources (e.g. the call 2024+ country groups).
 */
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export interface Provenance {
  /** Source tags of the KA1 reference, e.g. `W-TRAVDAYS`. */
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  /** Why the figure is unconfirmed, or how it was read. English; for people maintaining data. */
  readonly note?: string;
}
