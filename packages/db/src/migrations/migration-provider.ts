import type { Migration, MigrationProvider } from 'kysely';
import * as identity from './2026-11-29T1900-identity';
import * as projectsMobilities from './2026-11-29T2000-projects-mobilities';
import * as hostsOutbox from './2026-11-29T2100-hosts-outbox';
import * as learningAgreements from './2026-11-29T2200-learning-agreements';
import * as preparationReports from './2026-11-29T2300-preparation-reports';
import * as signInAttempts from './2026-11-29T2330-sign-in-attempts';

/**
 * Lists the migrations explicitly (instead of reading the folder) so they work the same under
 * tsx, Vitest and bundlers. Names sort by their timestamp; add new ones at the end.
 */
const migrations: Record<string, Migration> = {
  '2026-11-29T1900-identity': identity,
  '2026-11-29T2000-projects-mobilities': projectsMobilities,
  '2026-11-29T2100-hosts-outbox': hostsOutbox,
  '2026-11-29T2200-learning-agreements': learningAgreements,
  '2026-11-29T2300-preparation-reports': preparationReports,
  '2026-11-29T2330-sign-in-attempts': signInAttempts,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
