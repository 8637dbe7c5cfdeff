import { z } from 'zod';
import { optionalText } from '../validation/common-fields';
import { requiredOr } from '../validation/validation-messages';

export const RECOGNITION_ANSWERS = ['FULLY', 'PARTLY', 'NOT_YET', 'NOT_PLANNED'] as const;

/** The participant's short report after the mobility (in the spirit of the EU Survey report, §5.4). */
export const participantReportInputSchema = z.strictObject({
  satisfaction: z
    .number({ error: requiredOr('NUMBER_INVALID') })
    .int({ error: 'NUMBER_NOT_WHOLE' })
    .min(1, { error: 'NUMBER_TOO_SMALL' })
    .max(5, { error: 'NUMBER_TOO_LARGE' }),
  skillsGained: optionalText(4000),
  recognition: z.enum(RECOGNITION_ANSWERS, { error: 'INVALID_VALUE' }),
  comments: optionalText(4000),
});

export type ParticipantReport = z.output<typeof participantReportInputSchema> & {
  readonly submittedAt: string;
};
