import { Alert, Button, Stack, Text } from '@mantine/core';
import { type ReactNode, type Ref, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorAlertProps {
  /** Defaults to "Something went wrong"; `null` for none (when the page heading already says so). */
  title?: ReactNode;
  children: ReactNode;
  /** Shows a "Try again" button. */
  onRetry?: () => void;
  /** Move keyboard and screen-reader focus to the alert when it appears. */
  focusOnMount?: boolean;
  ref?: Ref<HTMLDivElement>;
}

/** A red alert with `role="alert"`, focusable (tabIndex -1) so forms can move focus to it. */
export function ErrorAlert({ title, children, onRetry, focusOnMount = false, ref }: ErrorAlertProps) {
  const { t } = useTranslation('common');
  const ownRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) ownRef.current?.focus();
  }, [focusOnMount]);
  return (
    <Alert
      ref={(node) => {
        ownRef.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }}
      tabIndex={-1}
      role="alert"
      color="red"
      variant="light"
      title={title === undefined ? t('errors.title') : title}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{children}</Text>
        {onRetry ? (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
