import {
  type LearningAgreementContent,
  learningAgreementContentSchema,
} from '@mobilis/domain/learning-agreement/learning-agreement-content';

/**
 * The API sends agreement content as a JSON string in the shape of the domain schema. Parsing it
 * with that schema gives every field its default; content that does not parse (a newer schema,
 * a broken record) is `null`, and the screens say so instead of failing.
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
