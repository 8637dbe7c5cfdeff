import type { Db } from '@mobilis/db/client';
import type { Membership } from '@mobilis/db/repositories/membership-repository';
import type { Participant } from '@mobilis/db/repositories/participant-repository';
import type { User } from '@mobilis/db/repositories/user-repository';
import type { Logger } from 'pino';
import type { SessionCookies } from './auth/session-cookies';
import type { Config } from './config';

/** The signed-in person as the API sees them for one request. */
export interface RequestViewer {
  user: User;
  sessionId: string;
  /** Loaded on first use and then reused for the rest of the request. */
  memberships(): Promise<Membership[]>;
  participants(): Promise<Participant[]>;
}

/** Built once per request; nothing in it is shared between requests. */
export interface Context {
  db: Db;
  viewer: RequestViewer | null;
  clock: () => Date;
  log: Logger;
  requestId: string;
  cookies: SessionCookies;
  sessionConfig: Config['session'];
  /** Where users reach the apps, for links in e-mails. */
  publicOrigin: string;
  /** Client IP, for audit and throttling. */
  ip: string;
}
