import {
  type LearningAgreementContent,
  learningAgreementContentSchema,
} from '@mobilis/domain/learning-agreement/learning-agreement-content';

/**
 * The content of a version or proposal as the API sends it (a JSON string), read with the
 * domain's schema; `null` when there is none or it cannot be read.
 */
export function parseAgreementContent(json: string | null | undefined): LearningAgreementContent | null {
  if (!json) return null;
  try {
    const parsed = learningAgreementContentSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The first characters of a proposal hash, enough for people to tell versions apart. */
export function versionCode(hash: string): string {
  return hash.slice(0, 12);
}

/** Agreements are drafted and changed while the mobility is prepared or under way (as the API). */
export const AGREEMENT_OPEN_STATUSES: ReadonlySet<string> = new Set([
  'DRAFT',
  'PROPOSED',
  'CONFIRMED',
  'AGREED',
  'ONGOING',
]);

/** Documents are served by the API at the origin, outside the app's `/org/` base path. */
export function documentUrl(mobilityId: string, document: 'learning-agreement.pdf' | 'certificate.pdf') {
  return `/documents/mobilities/${encodeURIComponent(mobilityId)}/${document}`;
}

/** The certificate exists once the mobility is over (the API answers 409 before). */
export const CERTIFICATE_STATUSES: ReadonlySet<string> = new Set(['COMPLETED', 'CLOSED']);
