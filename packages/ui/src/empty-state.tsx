import { EmptyState as MantineEmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  /** Heading level of the title; leave unset when the page already has its headings. */
  titleOrder?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Actions (buttons, links) under the description. */
  children?: ReactNode;
}

/** "Nothing here yet" with what to do about it. */
export function EmptyState({ title, description, titleOrder, children }: EmptyStateProps) {
  return (
    <MantineEmptyState>
      <MantineEmptyState.Title order={titleOrder}>{title}</MantineEmptyState.Title>
      {description ? <MantineEmptyState.Description>{description}</MantineEmptyState.Description> : null}
      {children ? <MantineEmptyState.Actions>{children}</MantineEmptyState.Actions> : null}
    </MantineEmptyState>
  );
}
