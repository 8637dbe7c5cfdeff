import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPE_CODES } from '../catalogue/activity-type-codes';
import { learningAgreementContentSchema } from './learning-agreement-content';
import { learningAgreementTemplate } from './learning-agreement-templates';

describe('learning-agreement templates', () => {
  it.each(ACTIVITY_TYPE_CODES)('gives %s a draft that passes the content schema', (code) => {
    expect(learningAgreementContentSchema.safeParse(learningAgreementTemplate(code)).success).toBe(true);
  });
  it('starts learners with a workplace placement and staff with professional learning', () => {
    expect(learningAgreementTemplate('LM-SHORT-VET').learningOutcomes[0]?.id).toBe('work-tasks');
    expect(learningAgreementTemplate('SM-JOB-SHDW').learningOutcomes[0]?.id).toBe('practice');
  });
});
