import {
  type ParticipantReport,
  participantReportInputSchema,
} from '@mobilis/domain/participant/participant-report-input';
import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import type { CodedMessage } from '../forms/use-validation-message';

export const REPORT_FIELDS = ['satisfaction', 'skillsGained', 'recognition', 'comments'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** The report form as typed: every answer a string, `''` while not given. */
export type ReportValues = Record<ReportField, string>;

export const emptyReportValues: ReportValues = {
  satisfaction: '',
  skillsGained: '',
  recognition: '',
  comments: '',
};

export interface PathedMessage extends CodedMessage {
  readonly path: readonly (string | number)[];
}

export const isReportField = (key: unknown): key is ReportField => REPORT_FIELDS.includes(key as ReportField);

export type ReportCheck =
  | { readonly ok: true; readonly report: Omit<ParticipantReport, 'submittedAt'> }
  | { readonly ok: false; readonly errors: readonly PathedMessage[] };

/** Checks the answers with the schema the API uses; a choice left empty is "required", not "invalid". */
export function checkReport(values: ReportValues): ReportCheck {
  const input = {
    satisfaction: values.satisfaction === '' ? undefined : Number(values.satisfaction),
    skillsGained: values.skillsGained,
    recognition: values.recognition === '' ? undefined : values.recognition,
    comments: values.comments,
  };
  const parsed = participantReportInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, report: parsed.data };
  return {
    ok: false,
    errors: fieldErrorsFromZod(parsed.error, input).map((error) =>
      error.path[0] === 'recognition' && input.recognition === undefined
        ? { ...error, code: 'REQUIRED' }
        : error,
    ),
  };
}
