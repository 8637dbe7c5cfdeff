import type { CodedMessage } from './use-validation-message';

/** A field error from zod (`fieldErrorsFromZod`) or from the API's `ValidationError.fieldErrors`. */
export interface PathedError extends CodedMessage {
  readonly path: readonly (string | number)[];
}

/** Field errors by dotted path (`outcomes.0.title`); the first error of a field wins. */
export type FieldErrorMap = Readonly<Record<string, CodedMessage>>;

export function toFieldErrorMap(errors: readonly PathedError[]): FieldErrorMap {
  const map: Record<string, CodedMessage> = {};
  for (const { path, code, message } of errors) {
    const key = path.join('.');
    if (!(key in map)) map[key] = { code, message };
  }
  return map;
}

/** The errors no field of the form shows (e.g. a path the form has no input for). */
export function unshownErrors(map: FieldErrorMap, isShown: (path: string) => boolean): CodedMessage[] {
  return Object.entries(map)
    .filter(([key]) => !isShown(key))
    .map(([, error]) => error);
}
