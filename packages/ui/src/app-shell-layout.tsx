import { Button, Container, Group, NativeSelect, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import { mainContentId, SkipLink } from './skip-link';

export interface OrganisationOption {
  id: string;
  name: string;
}

export interface AppShellLayoutProps {
  /** The app's name, first in the header. */
  appTitle: string;
  /** The signed-in person's name, shown as plain text. */
  displayName: string;
  /** The organisation the viewer is acting for, its name shown as plain text. */
  organisation?: OrganisationOption | null;
  /** The organisations the viewer can switch between; a select appears when there are several. */
  organisations?: readonly OrganisationOption[];
  onOrganisationChange?: (organisationId: string) => void;
  onSignOut: () => void;
  signingOut?: boolean;
  /** Shown above the page, e.g. an `ErrorAlert` for a failed sign-out. */
  notice?: ReactNode;
  children: ReactNode;
}

/**
 * Header (app, organisation, person, language, sign-out) and the `<main>` landmark. Built from
 * plain flex rows rather than Mantine's fixed-height AppShell so long organisation names wrap on
 * phones instead of being cut off.
 */
export function AppShellLayout(props: AppShellLayoutProps) {
  const { appTitle, displayName, organisation, organisations = [], onOrganisationChange } = props;
  const { t } = useTranslation('common');
  return (
    <>
      <SkipLink />
      <header className="mobilis-header">
        <Container size="lg" py="xs">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Group gap="sm" wrap="wrap">
              <Text fw={700}>{appTitle}</Text>
              {organisation ? <Text c="dimmed">{organisation.name}</Text> : null}
            </Group>
            <Group gap="sm" wrap="wrap">
              {organisations.length > 1 && organisation ? (
                <NativeSelect
                  aria-label={t('shell.organisation')}
                  size="xs"
                  value={organisation.id}
                  onChange={(event) => onOrganisationChange?.(event.currentTarget.value)}
                  data={organisations.map((option) => ({ value: option.id, label: option.name }))}
                />
              ) : null}
              <Text size="sm">{displayName}</Text>
              <LanguageSwitch />
              <Button size="xs" variant="default" onClick={props.onSignOut} loading={props.signingOut}>
                {t('shell.signOut')}
              </Button>
            </Group>
          </Group>
        </Container>
      </header>
      <Container component="main" id={mainContentId} tabIndex={-1} className="mobilis-main" size="lg" py="lg">
        {props.notice}
        {props.children}
      </Container>
    </>
  );
}
