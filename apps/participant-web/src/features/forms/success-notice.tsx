import { Alert, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';

/**
 * A green confirmation (`role="status"`) that takes focus when it appears, so the person who just
 * acted hears what happened and what comes next.
 */
export function SuccessNotice({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <Alert ref={ref} tabIndex={-1} role="status" color="green" variant="light">
      <Text size="sm">{message}</Text>
    </Alert>
  );
}
