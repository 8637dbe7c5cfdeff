/**
 * Beneficiary Module activity-type codes [W-ACT], [W-ACT131]. Codes starting with `MOBILIS-`
 * are Mobilis's own: the reference found no BM code for these activities (reference §9), so
 * they are flagged `codeConfirmed: false` in the catalogue and must be mapped before any BM export.
 */
export const ACTIVITY_TYPE_CODES = [
  'LM-GRP-PUPIL',
  'LM-SHORT-PUPIL',
  'LM-LONG-PUPILS',
  'LM-SKILL-VET',
  'LM-SHORT-VET',
  'LM-LONG-VET',
  'MOBILIS-LM-GRP-VET',
  'MOBILIS-LM-GRP-ADU',
  'MOBILIS-LM-IND-ADU',
  'SM-JOB-SHDW',
  'SM-TTA',
  'SM-COUR-TRAIN',
  'OA-INV-EXP',
  'OA-HOS-TTT',
  'HE-SMS',
  'HE-SMT',
  'HE-STA',
  'HE-STT',
  'HE-BIP',
] as const;

export type ActivityTypeCode = (typeof ACTIVITY_TYPE_CODES)[number];

export function isActivityTypeCode(value: string): value is ActivityTypeCode {
  return (ACTIVITY_TYPE_CODES as readonly string[]).includes(value);
}
