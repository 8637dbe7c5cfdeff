import { findOrganisationsByIds, type Organisation } from '@mobilis/db/repositories/organisation-repository';
import { findParticipantsByIds, type Participant } from '@mobilis/db/repositories/participant-repository';
import { findProjectsByIds, type Project } from '@mobilis/db/repositories/project-repository';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../context';

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(
    async (ids) => {
      const found = new Map((await load(ids)).map((item) => [item.id, item]));
      return ids.map((id) => found.get(id) ?? null);
    },
    { maxBatchSize: 1000 },
  );
}

/**
 * Per-request loaders for objects reached through a parent the viewer may already see (the
 * participant and host of a visible mobility). They do not check visibility themselves, so use
 * them only from such edges. Created per request context, never shared between requests.
 */
export const requestLoaders = createContextCache((context: Context) => ({
  organisation: byId<Organisation>((ids) => findOrganisationsByIds(context.db, ids)),
  participant: byId<Participant>((ids) => findParticipantsByIds(context.db, ids)),
  project: byId<Project>((ids) => findProjectsByIds(context.db, ids)),
}));

/** For edges over NOT NULL foreign keys: a missing row is a bug, not a user error. */
export function must<T>(value: T | null): T {
  if (value === null) throw new Error('Referenced row is missing');
  return value;
}
