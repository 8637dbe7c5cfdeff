import { type IdentifierResult, invalid, valid } from './identifier-result';

const OID = /^E\d{8}$/;
const PIC = /^\d{9}$/;

/**
 * Organisation ID from the Organisation Registration System: `E` + 8 digits, e.g. `E10154317`
 * [W-OID], [RS-OID]. Surrounding spaces are dropped and a lower-case `e` is accepted.
 */
export function validateOid(input: string): IdentifierResult<string> {
  const value = input.trim().toUpperCase();
  if (OID.test(value)) return valid(value);
  return invalid('OID_INVALID', 'An OID is the letter E followed by 8 digits, e.g. E10154317.', { input });
}

/** Participant Identification Code of the Funding & Tenders portal: 9 digits [RS-OID], [UZ-OID]. */
export function validatePic(input: string): IdentifierResult<string> {
  const value = input.trim();
  if (PIC.test(value)) return valid(value);
  return invalid('PIC_INVALID', 'A PIC is 9 digits, e.g. 961360405.', { input });
}
