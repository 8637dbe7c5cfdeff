import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalculatorField, NumberValue } from './calculator-values';
import type { CalculatorForm } from './use-calculator-form';
import { useGrantMessages } from './use-grant-messages';

type NumberField = {
  [F in CalculatorField]: CalculatorForm['values'][F] extends NumberValue ? F : never;
}[CalculatorField];

type BooleanField = {
  [F in CalculatorField]: CalculatorForm['values'][F] extends boolean ? F : never;
}[CalculatorField];

/** Props that wire Mantine inputs to the form: value, change, blur (touch) and translated error. */
export function useFieldProps(form: CalculatorForm) {
  const messages = useGrantMessages();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  // Typed in the user's convention: "117,50" in German.
  const decimalSeparator = useMemo(
    () => new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === 'decimal')?.value,
    [language],
  );
  const error = (field: CalculatorField) => {
    const found = form.errorFor(field);
    return found ? messages.fieldError(found) : undefined;
  };
  return {
    error,
    number: (field: NumberField) => ({
      value: form.values[field],
      onChange: (value: NumberValue) => form.change({ [field]: value }),
      onBlur: () => form.touch(field),
      error: error(field),
      decimalSeparator,
    }),
    checkbox: (field: BooleanField) => ({
      checked: form.values[field],
      onChange: (event: { currentTarget: { checked: boolean } }) =>
        form.change({ [field]: event.currentTarget.checked }),
      error: error(field),
    }),
  };
}
