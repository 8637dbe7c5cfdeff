import type { Executor } from '../executor';

export type SignInTokenPurpose = 'INVITATION' | 'SIGN_IN';

export interface SignInToken {
  id: string;
  purpose: SignInTokenPurpose;
  userId: string;
  hostOrganisationId: string | null;
  invitedByOrganisationId: string | null;
  expiresAt: Date;
  usedAt: Date | null;
}

const columns = [
  'id',
  'purpose',
  'user_id',
  'host_organisation_id',
  'invited_by_organisation_id',
  'expires_at',
  'used_at',
] as const;

export async function insertSignInToken(
  db: Executor,
  token: Omit<SignInToken, 'id' | 'usedAt'> & { tokenHash: string; now: Date },
): Promise<SignInToken> {
  const row = await db
    .insertInto('sign_in_token')
    .values({
      token_hash: token.tokenHash,
      purpose: token.purpose,
      user_id: token.userId,
      host_organisation_id: token.hostOrganisationId,
      invited_by_organisation_id: token.invitedByOrganisationId,
      created_at: token.now,
      expires_at: token.expiresAt,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toToken(row);
}

/**
 * Locks and returns the token behind a link, whatever its state (the caller tells "expired"
 * from "used" from "unknown" — all three refuse the same way towards the user).
 */
export async function lockSignInTokenByHash(db: Executor, tokenHash: string): Promise<SignInToken | null> {
  const row = await db
    .selectFrom('sign_in_token')
    .select(columns)
    .where('token_hash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst();
  return row ? toToken(row) : null;
}

/** Marks the token used, only if it still was unused: a link works once, even under a race. */
export async function markSignInTokenUsed(db: Executor, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('sign_in_token')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function toToken(row: {
  id: string;
  purpose: SignInTokenPurpose;
  user_id: string;
  host_organisation_id: string | null;
  invited_by_organisation_id: string | null;
  expires_at: Date;
  used_at: Date | null;
}): SignInToken {
  return {
    id: row.id,
    purpose: row.purpose,
    userId: row.user_id,
    hostOrganisationId: row.host_organisation_id,
    invitedByOrganisationId: row.invited_by_organisation_id,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
  };
}
