import { Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch';
import { mainContentId } from './skip-link';

export interface CenteredPageLayoutProps {
  appTitle: string;
  /** The page's one `<h1>`. */
  title: ReactNode;
  children: ReactNode;
}

/** A narrow card in the middle of the page, for signing in and for pages outside the shell. */
export function CenteredPageLayout({ appTitle, title, children }: CenteredPageLayoutProps) {
  return (
    <Container size={460} px="md" py="xl">
      <Group component="header" justify="space-between" mb="lg" wrap="wrap">
        <Text fw={700}>{appTitle}</Text>
        <LanguageSwitch />
      </Group>
      <Paper component="main" id={mainContentId} tabIndex={-1} className="mobilis-main" withBorder p="lg">
        <Stack gap="md">
          <Title order={1} size="h2">
            {title}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Container>
  );
}
