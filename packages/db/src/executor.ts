import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database-schema';

/** What every repository function takes first: the database or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;
