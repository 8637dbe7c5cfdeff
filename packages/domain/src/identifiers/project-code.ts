import { type Action, isAction } from '../catalogue/action';
import { type IdentifierResult, invalid, valid } from './identifier-result';

export interface ProjectCode {
  readonly code: string;
  readonly callYear: number;
  /** Application round, 1 or 2 [SYN-2021]. */
  readonly round: 1 | 2;
  /** National Agency: country code (EU style, e.g. `EL` for Greece) + 2 digits, e.g. `DE02`. */
  readonly nationalAgency: string;
  /** `KA131`, `KA122`, … */
  readonly keyAction: string;
  /** `SCH`, `VET`, `ADU`, `HED`, `YOU`, `SPO`. */
  readonly field: string;
  /** The action if Mobilis manages it (`KA122-SCH`), else `null` (e.g. youth actions). */
  readonly action: Action | null;
  /** The 9-digit sequence number. */
  readonly sequence: string;
}

// Template `YYYY-R-NA00-KA000-FFF-000000000` [LA-T], [CZ-GA]; the regex is the reference's
// suggestion, unconfirmed for edge cases (§1.2).
const PROJECT_CODE = /^(\d{4})-([12])-([A-Z]{2}\d{2})-(KA\d{3})-(SCH|VET|ADU|HED|YOU|SPO)-(\d{9})$/;

/** Parses a grant-agreement project code such as `2024-1-CZ01-KA131-HED-000196151`. */
export function parseProjectCode(input: string): IdentifierResult<ProjectCode> {
  const code = input.trim().toUpperCase();
  const match = PROJECT_CODE.exec(code);
  if (!match) {
    return invalid(
      'PROJECT_CODE_INVALID',
      'A project code looks like 2024-1-DE02-KA122-SCH-000123456 (call year, round, National Agency, action, field, 9-digit number).',
      { input },
    );
  }
  const [, year = '', round = '', nationalAgency = '', keyAction = '', field = '', sequence = ''] = match;
  const action = `${keyAction}-${field}`;
  return valid({
    code,
    callYear: Number(year),
    round: round === '1' ? 1 : 2,
    nationalAgency,
    keyAction,
    field,
    action: isAction(action) ? action : null,
    sequence,
  });
}
