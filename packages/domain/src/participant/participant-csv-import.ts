import { fieldErrorsFromZod } from '../validation/field-errors';
import { VALIDATION_MESSAGES, type ValidationMessageCode } from '../validation/validation-messages';
import { parseCsvRecords } from './csv-records';
import { type ParticipantValues, participantInputSchema } from './participant-input';

export const MAX_IMPORT_ROWS = 2000;

type Column = 'firstName' | 'lastName' | 'email' | 'dateOfBirth' | 'category' | 'unit' | 'fewerOpportunities';

// Header names accepted in English and German, compared without case, spaces, '-' and '_'.
const HEADER_ALIASES: Record<string, Column> = {
  firstname: 'firstName',
  givenname: 'firstName',
  vorname: 'firstName',
  lastname: 'lastName',
  familyname: 'lastName',
  surname: 'lastName',
  nachname: 'lastName',
  email: 'email',
  emailaddress: 'email',
  dateofbirth: 'dateOfBirth',
  birthdate: 'dateOfBirth',
  geburtsdatum: 'dateOfBirth',
  category: 'category',
  type: 'category',
  kategorie: 'category',
  unit: 'unit',
  class: 'unit',
  klasse: 'unit',
  feweropportunities: 'fewerOpportunities',
  wenigermöglichkeiten: 'fewerOpportunities',
};
const REQUIRED: readonly Column[] = ['firstName', 'lastName', 'email', 'category'];
const CATEGORY_WORDS: Record<string, string> = {
  staff: 'STAFF',
  personal: 'STAFF',
  lehrkraft: 'STAFF',
  learner: 'LEARNER',
  lernende: 'LEARNER',
  lernender: 'LEARNER',
  student: 'LEARNER',
  pupil: 'LEARNER',
};
const YES = new Set(['yes', 'y', 'true', '1', 'ja', 'x']);

export interface CsvRowError {
  /** 1-based line of the file, header = 1. */
  readonly row: number;
  /** The header name as written in the file, or the field name when the column is missing. */
  readonly column: string;
  readonly code: ValidationMessageCode;
  readonly message: string;
}

export type CsvImportResult =
  | { readonly ok: true; readonly participants: readonly ParticipantValues[] }
  | { readonly ok: false; readonly errors: readonly CsvRowError[] };

const normalise = (header: string) => header.toLowerCase().replace(/[\s_-]/g, '');
const error = (row: number, column: string, code: ValidationMessageCode): CsvRowError => ({
  row,
  column,
  code,
  message: VALIDATION_MESSAGES[code],
});

/**
 * Validates every row of a participant CSV before anything is stored, and reports every problem
 * by row and column. The import itself is all or nothing (the API inserts in one transaction).
 * Special-category data is never imported (reference §5.5): there is no justification column.
 */
export function parseParticipantCsv(text: string): CsvImportResult {
  const { records } = parseCsvRecords(text);
  const [header, ...rows] = records;
  if (!header || rows.length === 0) return { ok: false, errors: [error(1, '', 'CSV_EMPTY')] };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, errors: [error(1, '', 'CSV_TOO_MANY_ROWS')] };
  const columns = header.map((name) => HEADER_ALIASES[normalise(name)] ?? null);
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0) return { ok: false, errors: missing.map((c) => error(1, c, 'CSV_HEADER_MISSING')) };

  const errors: CsvRowError[] = [];
  const participants: ParticipantValues[] = [];
  const seenEmails = new Map<string, number>();
  rows.forEach((values, index) => {
    const line = index + 2;
    const raw: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      const value = (values[i] ?? '').trim();
      if (!column) return;
      if (column === 'fewerOpportunities') raw[column] = YES.has(value.toLowerCase());
      else if (column === 'category')
        raw[column] = CATEGORY_WORDS[value.toLowerCase()] ?? value.toUpperCase();
      else raw[column] = value === '' && (column === 'dateOfBirth' || column === 'unit') ? null : value;
    });
    const parsed = participantInputSchema.safeParse(raw);
    if (!parsed.success) {
      for (const e of fieldErrorsFromZod(parsed.error, raw)) {
        const column = String(e.path[0] ?? '');
        errors.push({
          row: line,
          column: header[columns.indexOf(column as Column)] ?? column,
          code: e.code,
          message: e.message,
        });
      }
      return;
    }
    const firstLine = seenEmails.get(parsed.data.email);
    if (firstLine !== undefined) {
      errors.push(error(line, header[columns.indexOf('email')] ?? 'email', 'EMAIL_DUPLICATE_IN_FILE'));
      return;
    }
    seenEmails.set(parsed.data.email, line);
    participants.push(parsed.data);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, participants };
}

/** The file line of each imported e-mail (to report e-mails that already exist by row). */
export function csvLineOfEmail(participants: readonly ParticipantValues[], email: string): number {
  return participants.findIndex((p) => p.email === email) + 2;
}
