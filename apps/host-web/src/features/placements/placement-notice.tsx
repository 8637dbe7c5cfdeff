import { Alert, List, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidationMessage } from '../forms/use-validation-message';
import type { PlacementMutationOutcome } from './placement-mutation-outcome';
import { isMobilityStatus } from './placement-status-badge';
import { placementsEn } from './placements-en';

type Notice =
  | { readonly kind: 'success'; readonly text: string; readonly id: number }
  | {
      readonly kind: 'problem';
      readonly text: string;
      readonly details: readonly string[];
      readonly id: number;
    };

const isTransitionCode = (code: string): code is keyof typeof placementsEn.problems.transitions =>
  Object.hasOwn(placementsEn.problems.transitions, code);

/**
 * What the host's last action came to, for a `PlacementNotice`. `handle(successText)` makes the
 * `onOutcome` of a form; a stale version or a refused transition also reloads the placement, so
 * the page shows what is true now.
 */
export function usePlacementNotice(onReload: () => void) {
  const { t } = useTranslation(['host', 'common']);
  const translate = useValidationMessage();
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeCount = useRef(0);

  const problemText = useCallback(
    (outcome: Exclude<PlacementMutationOutcome, { kind: 'ok' }>): string => {
      switch (outcome.kind) {
        case 'invalid':
          return t('host:forms.fixFields');
        case 'stale':
          return t('host:placements.problems.stale');
        case 'notFound':
          return t('host:placements.problems.notFound');
        case 'transport':
          return t('common:errors.generic');
        case 'transition': {
          if (!isTransitionCode(outcome.code)) return outcome.message;
          const status = isMobilityStatus(outcome.fromStatus)
            ? t(`host:placements.statuses.${outcome.fromStatus}`)
            : outcome.fromStatus;
          return t(`host:placements.problems.transitions.${outcome.code}`, { status });
        }
      }
    },
    [t],
  );

  const handle = useCallback(
    (successText: string) => (outcome: PlacementMutationOutcome) => {
      noticeCount.current += 1;
      const id = noticeCount.current;
      if (outcome.kind === 'ok') {
        setNotice({ kind: 'success', text: successText, id });
        return;
      }
      const details = outcome.kind === 'invalid' ? outcome.unshown.map(translate) : [];
      setNotice({ kind: 'problem', text: problemText(outcome), details, id });
      if (outcome.kind === 'stale' || outcome.kind === 'transition') onReload();
    },
    [onReload, problemText, translate],
  );

  return { notice, handle, clear: useCallback(() => setNotice(null), []) };
}

/** A success (`role="status"`) or a problem (`role="alert"`, focused so it is read out first). */
export function PlacementNotice({ notice }: { notice: ReturnType<typeof usePlacementNotice>['notice'] }) {
  if (!notice) return null;
  if (notice.kind === 'success') {
    return (
      <Alert role="status" color="green" variant="light">
        {notice.text}
      </Alert>
    );
  }
  // A new key per problem: the alert takes focus again even when one is already shown.
  return <ProblemAlert key={notice.id} text={notice.text} details={notice.details} />;
}

function ProblemAlert({ text, details }: { text: string; details: readonly string[] }) {
  const { t } = useTranslation('host');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} role="alert" color="red" variant="light">
      <Stack gap={4}>
        <Text size="sm">{text}</Text>
        {details.length > 0 ? (
          <>
            <Text size="sm">{t('forms.otherProblems')}</Text>
            <List size="sm">
              {details.map((detail) => (
                <List.Item key={detail}>{detail}</List.Item>
              ))}
            </List>
          </>
        ) : null}
      </Stack>
    </Alert>
  );
}
