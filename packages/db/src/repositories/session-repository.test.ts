import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import {
  deleteDeadSessions,
  deleteSessionByTokenHash,
  findLiveSessionByTokenHash,
  insertSession,
  touchSession,
} from './session-repository';
import { upsertUserByEmail } from './user-repository';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const IDLE = 30 * MINUTE;

describe('session repository', () => {
  let t: TestDatabase;
  let userId: string;
  const start = new Date('2026-11-29T10:00:00Z');

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.destroy());
  beforeEach(async () => {
    await t.truncateAll();
    userId = (await upsertUserByEmail(t.db, { email: 'a@example.org', displayName: 'A', passwordHash: null }))
      .id;
    await insertSession(t.db, {
      tokenHash: 'h1',
      userId,
      now: start,
      expiresAt: new Date(start.getTime() + 12 * HOUR),
    });
  });

  it('finds a session that is used within the idle timeout', async () => {
    const later = new Date(start.getTime() + 29 * MINUTE);
    expect((await findLiveSessionByTokenHash(t.db, 'h1', later, IDLE))?.userId).toBe(userId);
  });

  it('does not find a session idle for longer than the idle timeout', async () => {
    const later = new Date(start.getTime() + 31 * MINUTE);
    expect(await findLiveSessionByTokenHash(t.db, 'h1', later, IDLE)).toBeNull();
  });

  it('keeps a session alive when it is touched, but never past its absolute expiry', async () => {
    let now = start;
    for (let i = 0; i < 25; i++) {
      now = new Date(now.getTime() + 29 * MINUTE);
      const live = await findLiveSessionByTokenHash(t.db, 'h1', now, IDLE);
      if (now.getTime() < start.getTime() + 12 * HOUR) {
        expect(live).not.toBeNull();
        if (live) await touchSession(t.db, live.id, now);
      } else {
        expect(live).toBeNull();
      }
    }
  });

  it('forgets a session deleted at sign-out', async () => {
    await deleteSessionByTokenHash(t.db, 'h1');
    expect(await findLiveSessionByTokenHash(t.db, 'h1', start, IDLE)).toBeNull();
  });

  it('housekeeping deletes only dead sessions', async () => {
    await insertSession(t.db, {
      tokenHash: 'h2',
      userId,
      now: new Date(start.getTime() + 40 * MINUTE),
      expiresAt: new Date(start.getTime() + 13 * HOUR),
    });
    const deleted = await deleteDeadSessions(t.db, new Date(start.getTime() + 45 * MINUTE), IDLE);
    expect(deleted).toBe(1);
    expect(
      await findLiveSessionByTokenHash(t.db, 'h2', new Date(start.getTime() + 45 * MINUTE), IDLE),
    ).not.toBeNull();
  });
});
