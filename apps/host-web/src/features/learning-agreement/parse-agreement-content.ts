import {
  type LearningAgreementContent,
  learningAgreementContentSchema,
} from '@mobilis/domain/learning-agreement/learning-agreement-content';

/**
 * The API sends agreement content as a JSON string in the shape of the domain's schema. Parsing it
 * with that schema gives every field its default; content that does not parse (a newer schema, a
 * broken record) is `null`, and the page says so instead of failing.
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

/** A proposal hash as people can read and compare it: its first 8 characters. */
export function shortVersion(hash: string): string {
  return hash.slice(0, 8);
}
