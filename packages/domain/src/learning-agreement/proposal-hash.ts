import { sha256Hex } from './sha256';

/**
 * Canonical JSON: object keys sorted at every level, so equal content always serialises (and
 * hashes) the same, whatever order the fields were written in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The proposal hash, the agreement's concurrency token (as EWP's changes-proposal id): SHA-256
 * of the canonical content, computed the same in the apps and on the server.
 */
export function proposalHash(content: unknown): string {
  return sha256Hex(canonicalJson(content));
}
