import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMobilityMessages } from '../use-mobility-messages';
import type { MobilityFormField, MobilityFormValues, NumberValue } from './mobility-form-values';
import type { MobilityForm } from './use-mobility-form';

type FieldsOf<V> = {
  [F in MobilityFormField]: MobilityFormValues[F] extends V ? F : never;
}[MobilityFormField];

/** Props that wire Mantine inputs to the form: value, change, blur (touch) and translated error. */
export function useFieldProps(form: MobilityForm) {
  const messages = useMobilityMessages();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  // Typed in the user's convention: "1234,5" in German.
  const decimalSeparator = useMemo(
    () => new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === 'decimal')?.value,
    [language],
  );
  const error = (field: MobilityFormField) => {
    const found = form.errorFor(field);
    return found ? messages.validation(found) : undefined;
  };
  return {
    error,
    text: (field: FieldsOf<string>) => ({
      value: form.values[field],
      onChange: (event: { currentTarget: { value: string } }) =>
        form.change({ [field]: event.currentTarget.value }),
      onBlur: () => form.touch(field),
      error: error(field),
    }),
    number: (field: FieldsOf<NumberValue>) => ({
      value: form.values[field],
      onChange: (value: NumberValue) => form.change({ [field]: value }),
      onBlur: () => form.touch(field),
      error: error(field),
      decimalSeparator,
    }),
    checkbox: (field: FieldsOf<boolean>) => ({
      checked: form.values[field],
      onChange: (event: { currentTarget: { checked: boolean } }) =>
        form.change({ [field]: event.currentTarget.checked }),
      error: error(field),
    }),
  };
}
