/**
 * GraphQL enum values must match /[_A-Za-z][_0-9A-Za-z]*\/, so BM codes such as `SM-JOB-SHDW`
 * and actions such as `KA121-SCH` travel through the API as `SM_JOB_SHDW` and `KA121_SCH`.
 * No domain code contains `_`, so the mapping is reversible.
 */
export function toGraphqlEnumName(code: string): string {
  return code.replaceAll('-', '_');
}

/** The domain code for a GraphQL enum name, or `null` if it names none of `codes`. */
export function fromGraphqlEnumName<Code extends string>(name: string, codes: readonly Code[]): Code | null {
  const code = name.replaceAll('_', '-');
  return codes.find((candidate) => candidate === code) ?? null;
}
