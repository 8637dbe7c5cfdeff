import { describe, expect, it } from 'vitest';
import { validateErasmusCode } from './erasmus-code';
import { erasmusCodeSchema, oidSchema, picSchema, projectCodeSchema } from './identifier-input';
import { validateOid, validatePic } from './organisation-id';
import { parseProjectCode } from './project-code';

describe('validateOid', () => {
  it.each([
    { input: 'E10154317', value: 'E10154317' },
    { input: ' e10154317 ', value: 'E10154317' },
  ])('accepts "$input" as $value', ({ input, value }) => {
    expect(validateOid(input)).toEqual({ ok: true, value });
  });

  it.each(['E1015431', 'E101543170', '10154317', 'F10154317', 'E1015431X', ''])('rejects "%s"', (input) => {
    expect(validateOid(input)).toMatchObject({ ok: false, code: 'OID_INVALID' });
  });
});

describe('validatePic', () => {
  it('accepts 9 digits', () => {
    expect(validatePic('961360405')).toEqual({ ok: true, value: '961360405' });
  });

  it.each(['96136040', '9613604050', '96136040A', 'E96136040'])('rejects "%s"', (input) => {
    expect(validatePic(input)).toMatchObject({ ok: false, code: 'PIC_INVALID', params: { input } });
  });
});

describe('validateErasmusCode', () => {
  it.each([
    { input: 'D  OFFENBU01', code: 'D  OFFENBU01', country: 'DE' },
    { input: 'd offenbu01', code: 'D  OFFENBU01', country: 'DE' },
    { input: 'D OFFENBU1', code: 'D  OFFENBU01', country: 'DE' },
    { input: 'IRLDUBLIN01', code: 'IRLDUBLIN01', country: 'IE' },
    { input: 'IRL DUBLIN01', code: 'IRLDUBLIN01', country: 'IE' },
    { input: 'LUX LUX-VIL01', code: 'LUXLUX-VIL01', country: 'LU' },
    { input: 'SF  HELSINK01', code: 'SF HELSINK01', country: 'FI' },
    { input: 'PL WARSZAW01', code: 'PL WARSZAW01', country: 'PL' },
    { input: 'E VALENCI01', code: 'E  VALENCI01', country: 'ES' },
    { input: 'F PARIS.NORD 123', code: 'F  PARIS-NORD123', country: 'FR' },
    { input: 'UK LONDON01', code: 'UK LONDON01', country: null },
  ])('normalises "$input" to "$code"', ({ input, code, country }) => {
    const result = validateErasmusCode(input);
    expect(result.ok && result.value.code).toBe(code);
    expect(result.ok && result.value.country).toBe(country);
  });

  it('splits the code into its parts', () => {
    expect(validateErasmusCode('D  OFFENBU01')).toEqual({
      ok: true,
      value: { code: 'D  OFFENBU01', prefix: 'D', city: 'OFFENBU', number: '01', country: 'DE' },
    });
  });

  it.each([
    { input: 'DOFFENBU01', why: 'no space after a non-IRL/LUX prefix is ambiguous' },
    { input: 'D  OFFENBU', why: 'no number' },
    { input: 'D  OFFENBU1234', why: 'a 4-digit number' },
    { input: 'D  01', why: 'no city part' },
    { input: 'ABC OFFENBU01', why: 'a three-letter prefix other than IRL or LUX' },
    { input: '1  OFFENBU01', why: 'a digit as prefix' },
    { input: '', why: 'nothing' },
  ])('rejects "$input": $why', ({ input }) => {
    expect(validateErasmusCode(input)).toMatchObject({ ok: false, code: 'ERASMUS_CODE_INVALID' });
  });
});

describe('parseProjectCode', () => {
  it('reads call year, round, National Agency, action, field and sequence', () => {
    expect(parseProjectCode('2024-1-CZ01-KA131-HED-000196151')).toEqual({
      ok: true,
      value: {
        code: '2024-1-CZ01-KA131-HED-000196151',
        callYear: 2024,
        round: 1,
        nationalAgency: 'CZ01',
        keyAction: 'KA131',
        field: 'HED',
        action: 'KA131-HED',
        sequence: '000196151',
      },
    });
  });

  it.each([
    { input: '2023-1-TR01-KA122-SCH-000135790', action: 'KA122-SCH', round: 1 },
    { input: ' 2022-2-de02-ka122-vet-000012345 ', action: 'KA122-VET', round: 2 },
    { input: '2024-1-EL01-KA121-ADU-000000001', action: 'KA121-ADU', round: 1 },
    { input: '2024-1-FR02-KA152-YOU-000000001', action: null, round: 1 },
  ])('parses $input as action $action', ({ input, action, round }) => {
    const result = parseProjectCode(input);
    expect(result.ok && [result.value.action, result.value.round]).toEqual([action, round]);
  });

  it.each([
    '2024-3-CZ01-KA131-HED-000196151',
    '2024-1-CZ1-KA131-HED-000196151',
    '2024-1-CZ01-KA13-HED-000196151',
    '2024-1-CZ01-KA131-HE-000196151',
    '2024-1-CZ01-KA131-HED-00019615',
    '24-1-CZ01-KA131-HED-000196151',
  ])('rejects %s', (input) => {
    expect(parseProjectCode(input)).toMatchObject({ ok: false, code: 'PROJECT_CODE_INVALID' });
  });
});

describe('identifier schemas', () => {
  it.each([
    { schema: oidSchema, input: 'e10154317', output: 'E10154317' },
    { schema: picSchema, input: ' 961360405', output: '961360405' },
    { schema: erasmusCodeSchema, input: 'irl dublin1', output: 'IRLDUBLIN01' },
    {
      schema: projectCodeSchema,
      input: '2024-1-cz01-ka131-hed-000196151',
      output: '2024-1-CZ01-KA131-HED-000196151',
    },
  ])('normalises $input to $output', ({ schema, input, output }) => {
    expect(schema.parse(input)).toBe(output);
  });

  it.each([
    { schema: oidSchema, code: 'OID_INVALID' },
    { schema: picSchema, code: 'PIC_INVALID' },
    { schema: erasmusCodeSchema, code: 'ERASMUS_CODE_INVALID' },
    { schema: projectCodeSchema, code: 'PROJECT_CODE_INVALID' },
  ])('reports $code for garbage', ({ schema, code }) => {
    const result = schema.safeParse('garbage');
    expect(result.error?.issues[0]?.message).toBe(code);
  });
});
