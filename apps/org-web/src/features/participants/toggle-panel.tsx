import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface TogglePanelProps {
  id: string;
  titleId: string;
  title: string;
  open: boolean;
  children: ReactNode;
}

/** A titled panel a button opens (the button points here with `aria-controls`). */
export function TogglePanel({ id, titleId, title, open, children }: TogglePanelProps) {
  if (!open) return null;
  return (
    <Paper withBorder p="md" id={id} component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} id={titleId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
