import type { FieldError } from '@mobilis/domain/validation/field-errors';
import { useCallback, useMemo, useState } from 'react';
import { type CalculatorField, type CalculatorValues, defaultCalculatorValues } from './calculator-values';
import { type GrantPreview, previewGrant } from './grant-preview';

export interface CalculatorForm {
  readonly values: CalculatorValues;
  /** Recomputed on every change: the grant or the reasons there is none. */
  readonly preview: GrantPreview;
  /** Changes fields; they count as touched, so their errors show. */
  change(patch: Partial<CalculatorValues>): void;
  touch(field: CalculatorField): void;
  /** A field's error once the user has been there: no red form before anyone typed. */
  errorFor(field: CalculatorField): FieldError | undefined;
}

/** Form state without a form library: values, touched fields and the live preview. */
export function useCalculatorForm(initial: () => CalculatorValues = defaultCalculatorValues): CalculatorForm {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<CalculatorField>>(() => new Set());
  const preview = useMemo(() => previewGrant(values), [values]);

  const touchAll = useCallback((fields: readonly CalculatorField[]) => {
    setTouched((previous) =>
      fields.every((field) => previous.has(field)) ? previous : new Set([...previous, ...fields]),
    );
  }, []);
  const change = useCallback(
    (patch: Partial<CalculatorValues>) => {
      setValues((previous) => ({ ...previous, ...patch }));
      touchAll(Object.keys(patch) as CalculatorField[]);
    },
    [touchAll],
  );
  const touch = useCallback((field: CalculatorField) => touchAll([field]), [touchAll]);
  const errorFor = useCallback(
    (field: CalculatorField) => (touched.has(field) ? preview.fieldErrors[field] : undefined),
    [touched, preview],
  );
  return { values, preview, change, touch, errorFor };
}
