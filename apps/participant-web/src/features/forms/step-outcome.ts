import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { formsEn } from './forms-en';
import { useValidationMessage } from './use-validation-message';

export interface FieldProblem {
  readonly path: readonly string[];
  readonly code: string;
  readonly message: string;
}

/**
 * What a participant step (ticking the checklist, submitting the report) came to: done, fields to
 * fix, the mobility changed meanwhile (reload), the lifecycle refused (say why), gone, or no
 * usable answer at all.
 */
export type StepOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'invalid'; readonly fieldErrors: readonly FieldProblem[] }
  | { readonly kind: 'stale' }
  | { readonly kind: 'transition'; readonly code: string; readonly message: string }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'transport' };

/** A step that did not go through. */
export type StepProblem = Exclude<StepOutcome, { readonly kind: 'done' }>;

/** The members of the step mutations' result unions, as their documents select them. */
type StepResult =
  | { readonly __typename: 'ParticipantStepPayload' }
  | { readonly __typename: 'ValidationError'; readonly fieldErrors: readonly FieldProblem[] }
  | { readonly __typename: 'StaleVersionError' }
  | { readonly __typename: 'InvalidTransitionError'; readonly code: string; readonly message: string }
  | { readonly __typename: 'NotFoundError' };

export function stepOutcome(result: StepResult | null | undefined, error?: CombinedError): StepOutcome {
  if (!result || error) return { kind: 'transport' };
  switch (result.__typename) {
    case 'ParticipantStepPayload':
      return { kind: 'done' };
    case 'ValidationError':
      return { kind: 'invalid', fieldErrors: result.fieldErrors };
    case 'StaleVersionError':
      return { kind: 'stale' };
    case 'InvalidTransitionError':
      return { kind: 'transition', code: result.code, message: result.message };
    case 'NotFoundError':
      return { kind: 'notFound' };
  }
}

type TransitionCode = keyof typeof formsEn.transitions;
const isKnownTransition = (code: string): code is TransitionCode => Object.hasOwn(formsEn.transitions, code);

/** The sentence for a failed step (callers word `stale` for their own screen). */
export function useStepOutcomeMessage(): (outcome: StepProblem) => string {
  const { t } = useTranslation(['participant', 'common']);
  const translate = useValidationMessage();
  return useCallback(
    (outcome) => {
      switch (outcome.kind) {
        case 'invalid':
          return outcome.fieldErrors[0] ? translate(outcome.fieldErrors[0]) : t('forms.fixFields');
        case 'stale':
          return t('forms.stale');
        case 'transition':
          return isKnownTransition(outcome.code) ? t(`forms.transitions.${outcome.code}`) : outcome.message;
        case 'notFound':
          return t('forms.notFound');
        case 'transport':
          return t('common:errors.generic');
      }
    },
    [t, translate],
  );
}
