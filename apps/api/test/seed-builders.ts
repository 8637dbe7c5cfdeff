import type { Db } from '@mobilis/db/client';
import type { MembershipRole } from '@mobilis/db/repositories/membership-repository';
import { upsertMembership } from '@mobilis/db/repositories/membership-repository';
import { type Organisation, upsertOrganisationByOid } from '@mobilis/db/repositories/organisation-repository';
import { upsertParticipantByEmail } from '@mobilis/db/repositories/participant-repository';
import { type User, upsertUserByEmail } from '@mobilis/db/repositories/user-repository';
import { hashPassword } from '../src/auth/password-hasher';

let counter = 0;
const next = () => {
  counter += 1;
  return counter;
};

export const TEST_PASSWORD = 'correct horse battery staple';
let testPasswordHash: Promise<string> | undefined;

/** Minimal, valid rows for tests; each call makes a new, distinct object. */
export async function anOrganisation(db: Db, overrides: Partial<Organisation> = {}): Promise<Organisation> {
  const n = next();
  return upsertOrganisationByOid(db, {
    name: `Organisation ${n}`,
    type: 'VET_PROVIDER',
    country: 'DE',
    city: 'Essen',
    address: null,
    latitude: null,
    longitude: null,
    pic: null,
    erasmusCode: null,
    ...overrides,
    oid: overrides.oid ?? `E${String(90_000_000 + n).padStart(8, '0')}`,
  });
}

export async function aUser(
  db: Db,
  options: {
    email?: string;
    displayName?: string;
    memberOf?: { organisation: Organisation; role: MembershipRole }[];
  } = {},
): Promise<User> {
  const n = next();
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const user = await upsertUserByEmail(db, {
    email: options.email ?? `user${n}@example.org`,
    displayName: options.displayName ?? `User ${n}`,
    passwordHash: await testPasswordHash,
  });
  for (const m of options.memberOf ?? []) {
    await upsertMembership(db, { userId: user.id, organisationId: m.organisation.id, role: m.role });
  }
  return user;
}

export async function aParticipant(db: Db, organisation: Organisation, user?: User) {
  const n = next();
  return upsertParticipantByEmail(db, {
    organisationId: organisation.id,
    userId: user?.id ?? null,
    firstName: 'Łukasz',
    lastName: `Żółć ${n}`,
    email: user?.email ?? `participant${n}@example.org`,
    category: 'LEARNER',
  });
}
