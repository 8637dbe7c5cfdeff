import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type CodedMessage, useValidationMessage } from './use-validation-message';

/**
 * What went wrong with a mutation, as a form shows it: `invalid` (fields are marked; `unshown`
 * lists problems no field displays), `stale` (someone else saved first), `notFound`, or
 * `transport` (no answer, or one we cannot read).
 */
export type MutationProblem =
  | { readonly kind: 'invalid'; readonly unshown?: readonly CodedMessage[] }
  | { readonly kind: 'stale' }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'transport' };

export interface MutationProblemAlertProps {
  problem: MutationProblem | null;
  /** Offered for `stale`: reloads the data the form was filled from. */
  onReload?: () => void;
}

/**
 * The alert above a form's buttons (`role="alert"`). It takes focus when it appears, so keyboard
 * and screen-reader users land on what to fix.
 */
export function MutationProblemAlert({ problem, onReload }: MutationProblemAlertProps) {
  const { t } = useTranslation(['org', 'common']);
  const translate = useValidationMessage();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const text =
    problem.kind === 'invalid'
      ? t('org:forms.fixFields')
      : problem.kind === 'stale'
        ? t('org:forms.staleVersion')
        : problem.kind === 'notFound'
          ? t('org:forms.notFound')
          : t('common:errors.generic');
  const unshown = problem.kind === 'invalid' ? (problem.unshown ?? []) : [];
  return (
    <Alert ref={ref} tabIndex={-1} role="alert" color="red" variant="light">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{text}</Text>
        {unshown.length > 0 ? (
          <>
            <Text size="sm">{t('org:forms.otherProblems')}</Text>
            <List size="sm">
              {unshown.map((error) => (
                <List.Item key={`${error.code}:${error.message}`}>{translate(error)}</List.Item>
              ))}
            </List>
          </>
        ) : null}
        {problem.kind === 'stale' && onReload ? (
          <Button size="xs" variant="default" onClick={onReload}>
            {t('org:forms.reload')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
