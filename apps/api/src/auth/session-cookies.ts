import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';

/** Reads and writes the session cookie for one request; the GraphQL layer never sees Fastify. */
export interface SessionCookies {
  read(): string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export function sessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Config['session'],
): SessionCookies {
  const options = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookie,
    path: '/',
  };
  return {
    read: () => request.cookies[config.cookieName],
    set: (token, expiresAt) => {
      reply.setCookie(config.cookieName, token, { ...options, expires: expiresAt });
    },
    clear: () => {
      reply.clearCookie(config.cookieName, options);
    },
  };
}
