import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type FieldErrorMap, type PathedError, toFieldErrorMap, unshownErrors } from './field-errors';
import { type CodedMessage, useValidationMessage } from './use-validation-message';

type ZodError = Parameters<typeof fieldErrorsFromZod>[0];

/** What the forms need of a zod schema (the domain's input schemas). */
interface FormSchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: ZodError };
}

export type ParsedForm<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly errors: FieldErrorMap };

/** Checks a form's values with the schema the API uses, so both report the same codes on the same paths. */
export function parseForm<T>(schema: FormSchema<T>, input: unknown): ParsedForm<T> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, errors: toFieldErrorMap(fieldErrorsFromZod(result.error, input)) };
}

/**
 * Checks one field with a field schema of the domain (e.g. `requiredText(200)`), for forms whose
 * input has no schema of its own; an error is reported under `name`.
 */
export function parseField<T>(name: string, schema: FormSchema<T>, value: unknown): ParsedForm<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors = fieldErrorsFromZod(result.error, value).map((error) => ({ ...error, path: [name] }));
  return { ok: false, errors: toFieldErrorMap(errors) };
}

/**
 * A form's field errors by dotted path, translated for display. `report` shows a new set and moves
 * focus to the first invalid field; editing a field `clear`s its error.
 */
export function useFieldErrors() {
  const translate = useValidationMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [reports, setReports] = useState(0);

  useEffect(() => {
    if (reports > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [reports]);

  const report = useCallback((next: FieldErrorMap) => {
    setErrors(next);
    if (Object.keys(next).length > 0) setReports((count) => count + 1);
  }, []);

  /** Marks the server's field errors; returns those whose path no field of the form shows. */
  const reportServerErrors = useCallback(
    (fieldErrors: readonly PathedError[], isShown: (path: string) => boolean): CodedMessage[] => {
      const map = toFieldErrorMap(fieldErrors);
      report(map);
      return unshownErrors(map, isShown);
    },
    [report],
  );

  const errorOf = useCallback(
    (path: string) => {
      const error = errors[path];
      return error ? translate(error) : undefined;
    },
    [errors, translate],
  );

  const clear = useCallback(
    (path: string) =>
      setErrors((previous) => {
        if (!(path in previous)) return previous;
        const { [path]: _cleared, ...rest } = previous;
        return rest;
      }),
    [],
  );

  return { formRef, errors, report, reportServerErrors, errorOf, clear };
}
