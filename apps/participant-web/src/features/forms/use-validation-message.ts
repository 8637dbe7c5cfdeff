import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formsEn } from './forms-en';

/** A problem as every source reports it: a stable code and its English text. */
export interface CodedMessage {
  readonly code: string;
  readonly message: string;
}

type ValidationCode = keyof typeof formsEn.validation;

const isKnownCode = (code: string): code is ValidationCode => Object.hasOwn(formsEn.validation, code);

/** Translates a validation code; a code this app does not know yet shows its English message. */
export function useValidationMessage(): (problem: CodedMessage) => string {
  const { t } = useTranslation('participant');
  return useCallback(
    (problem: CodedMessage) =>
      isKnownCode(problem.code) ? t(`forms.validation.${problem.code}`) : problem.message,
    [t],
  );
}
