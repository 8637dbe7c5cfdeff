import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyReply, FastifyRequest } from 'fastify';

const APPS = ['org-web', 'host-web', 'participant-web'];

/**
 * The union of the three apps' persisted-document manifests (written by GraphQL Code Generator
 * next to their generated code): hash → document text.
 */
export function loadTrustedDocuments(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const app of APPS) {
    const file = fileURLToPath(new URL(`../../../${app}/src/gql/persisted-documents.json`, import.meta.url));
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [hash, text] of Object.entries(manifest)) documents.set(hash, text);
  }
  return documents;
}

interface GraphQLBody {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

function reject(reply: FastifyReply, code: string, message: string) {
  return reply.code(400).send({ errors: [{ message, extensions: { code } }] });
}

/**
 * Resolves persisted-document hashes to their text before Apollo sees the request. With
 * `enforce`, only known documents run: a raw query string or an unknown hash is rejected.
 */
export function trustedDocumentsHook(documents: Map<string, string>, mode: 'enforce' | 'off') {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'POST' || !request.body || typeof request.body !== 'object') return;
    const body = request.body as GraphQLBody;
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    if (typeof hash === 'string') {
      const text = documents.get(hash) ?? documents.get(`sha256:${hash}`);
      if (!text) return reject(reply, 'PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound');
      body.query = text;
      delete body.extensions?.persistedQuery;
      return;
    }
    if (mode === 'enforce') {
      return reject(reply, 'PERSISTED_QUERY_REQUIRED', 'Only the apps’ persisted documents are accepted.');
    }
  };
}
