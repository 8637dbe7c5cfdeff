import { Alert, List, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';

export interface ProblemAlertProps {
  /** What went wrong, in one sentence. */
  message: string;
  /** Further problems to list under it (e.g. server errors no field shows). */
  details?: readonly string[];
  /** `error` (red) for a failure, `notice` (yellow) when something changed under the viewer's feet. */
  tone?: 'error' | 'notice';
}

/**
 * The alert a form or an action shows about its outcome. It takes focus whenever its message
 * changes, so keyboard and screen-reader users land on what to do next.
 */
export function ProblemAlert({ message, details = [], tone = 'error' }: ProblemAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <Alert ref={ref} tabIndex={-1} role="alert" color={tone === 'error' ? 'red' : 'yellow'} variant="light">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {details.length > 0 ? (
          <List size="sm">
            {details.map((detail) => (
              <List.Item key={detail}>{detail}</List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    </Alert>
  );
}
