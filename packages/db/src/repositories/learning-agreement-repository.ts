import type { Executor } from '../executor';

export interface StoredLearningAgreement {
  mobilityId: string;
  organisationId: string;
  /** The domain's LearningAgreementState as JSON. */
  state: unknown;
  version: number;
}

/** Agreements of several mobilities at once (loaders); mobilities without one are absent. */
export async function findLearningAgreementsByMobilityIds(
  db: Executor,
  mobilityIds: readonly string[],
): Promise<StoredLearningAgreement[]> {
  if (mobilityIds.length === 0) return [];
  const rows = await db
    .selectFrom('learning_agreement')
    .select(['mobility_id', 'organisation_id', 'state', 'version'])
    .where('mobility_id', 'in', [...mobilityIds])
    .execute();
  return rows.map((r) => ({
    mobilityId: r.mobility_id,
    organisationId: r.organisation_id,
    state: r.state,
    version: r.version,
  }));
}

/** The agreement row locked for this transaction, or null when the mobility has none yet. */
export async function lockLearningAgreement(
  db: Executor,
  mobilityId: string,
): Promise<StoredLearningAgreement | null> {
  const row = await db
    .selectFrom('learning_agreement')
    .select(['mobility_id', 'organisation_id', 'state', 'version'])
    .where('mobility_id', '=', mobilityId)
    .forUpdate()
    .executeTakeFirst();
  return row
    ? {
        mobilityId: row.mobility_id,
        organisationId: row.organisation_id,
        state: row.state,
        version: row.version,
      }
    : null;
}

/** Inserts or updates the agreement; call with the row (or the mobility) locked. */
export async function saveLearningAgreement(
  db: Executor,
  agreement: { mobilityId: string; organisationId: string; state: unknown; now: Date },
): Promise<void> {
  await db
    .insertInto('learning_agreement')
    .values({
      mobility_id: agreement.mobilityId,
      organisation_id: agreement.organisationId,
      state: JSON.stringify(agreement.state),
      updated_at: agreement.now,
    })
    .onConflict((oc) =>
      oc.column('mobility_id').doUpdateSet((eb) => ({
        state: JSON.stringify(agreement.state),
        version: eb('learning_agreement.version', '+', 1),
        updated_at: agreement.now,
      })),
    )
    .execute();
}
