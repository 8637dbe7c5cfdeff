import { useCallback, useMemo, useState } from 'react';
import type { ServerFieldError } from '../mobility-mutation-outcome';
import type { CodedProblem } from '../use-mobility-messages';
import {
  isMobilityFormField,
  MOBILITY_FORM_FIELDS,
  type MobilityFormField,
  type MobilityFormOptions,
  type MobilityFormValues,
} from './mobility-form-values';
import { type MobilityFormCheck, validateMobilityForm } from './validate-mobility-form';

export interface MobilityForm {
  readonly values: MobilityFormValues;
  /** Recomputed on every change: the problems, or the input to preview and save. */
  readonly check: MobilityFormCheck;
  /** Changes fields; they count as touched, and the server's errors for them are cleared. */
  change(patch: Partial<MobilityFormValues>): void;
  touch(field: MobilityFormField): void;
  /** Shows every field's problem, as on submit. */
  touchAll(): void;
  /** The server's errors, on the fields their paths name; returns those no field shows. */
  showServerErrors(errors: readonly ServerFieldError[]): ServerFieldError[];
  /** A field's problem once the user has been there (or the server named it). */
  errorFor(field: MobilityFormField): CodedProblem | undefined;
}

/**
 * Where a server error belongs: fact fields are reported relative to `facts` (or with it in front),
 * parties at the top level (`participantId`, `hostOrganisationId`).
 */
function fieldOfPath(path: readonly string[]): MobilityFormField | null {
  const [head, next] = path;
  const name = head === 'facts' ? next : head;
  return name && isMobilityFormField(name) ? name : null;
}

/** Form state without a form library: values, touched fields, browser and server errors. */
export function useMobilityForm(initial: MobilityFormValues, options: MobilityFormOptions): MobilityForm {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<MobilityFormField>>(() => new Set());
  const [serverErrors, setServerErrors] = useState<Partial<Record<MobilityFormField, CodedProblem>>>({});
  const check = useMemo(() => validateMobilityForm(values, options), [values, options]);

  const change = useCallback((patch: Partial<MobilityFormValues>) => {
    const fields = Object.keys(patch) as MobilityFormField[];
    setValues((previous) => ({ ...previous, ...patch }));
    setTouched((previous) => new Set([...previous, ...fields]));
    setServerErrors((previous) => {
      const next = { ...previous };
      for (const field of fields) delete next[field];
      return next;
    });
  }, []);
  const touch = useCallback(
    (field: MobilityFormField) =>
      setTouched((previous) => (previous.has(field) ? previous : new Set([...previous, field]))),
    [],
  );
  const touchAll = useCallback(() => setTouched(new Set(MOBILITY_FORM_FIELDS)), []);
  const showServerErrors = useCallback((errors: readonly ServerFieldError[]) => {
    const shown: Partial<Record<MobilityFormField, CodedProblem>> = {};
    const unshown: ServerFieldError[] = [];
    for (const error of errors) {
      const field = fieldOfPath(error.path);
      if (field) shown[field] ??= error;
      else unshown.push(error);
    }
    setServerErrors(shown);
    return unshown;
  }, []);
  const errorFor = useCallback(
    (field: MobilityFormField) =>
      serverErrors[field] ?? (touched.has(field) ? check.errors[field] : undefined),
    [serverErrors, touched, check],
  );
  return { values, check, change, touch, touchAll, showServerErrors, errorFor };
}
