import { Anchor, Button, Container, Group, NativeSelect, Text } from '@mantine/core';
import type { MouseEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import { mainContentId, SkipLink } from './skip-link';

export interface OrganisationOption {
  id: string;
  name: string;
}

/** One link of the app's navigation; the app supplies its router's `href` and click handler. */
export interface NavigationLink {
  label: string;
  href: string;
  /** Marks the link of the page being shown (`aria-current="page"`). */
  current?: boolean;
  /** E.g. React Router's `useLinkClickHandler`, so following the link does not reload the page. */
  onClick?: MouseEventHandler<HTMLAnchorElement>;
}

export interface AppNavigation {
  /** Names the `<nav>` landmark for screen readers, e.g. "Main". */
  label: string;
  links: readonly NavigationLink[];
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
  /** The app's pages, as links under the header's first row; none when absent. */
  navigation?: AppNavigation;
  /** Shown above the page, e.g. an `ErrorAlert` for a failed sign-out. */
  notice?: ReactNode;
  children: ReactNode;
}

function AppNavigationLinks({ navigation }: { navigation: AppNavigation }) {
  return (
    <Group component="nav" aria-label={navigation.label} gap="md" wrap="wrap" mt="xs">
      {navigation.links.map((link) => (
        <Anchor
          key={link.href}
          href={link.href}
          onClick={link.onClick}
          aria-current={link.current ? 'page' : undefined}
          fw={link.current ? 700 : 500}
          size="sm"
        >
          {link.label}
        </Anchor>
      ))}
    </Group>
  );
}

/**
 * Header (app, organisation, person, language, sign-out; the app's navigation when given) and the
 * `<main>` landmark. Built from plain flex rows rather than Mantine's fixed-height AppShell so long
 * organisation names wrap on phones instead of being cut off.
 */
export function AppShellLayout(props: AppShellLayoutProps) {
  const { appTitle, displayName, organisation, organisations = [], onOrganisationChange, navigation } = props;
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
          {navigation ? <AppNavigationLinks navigation={navigation} /> : null}
        </Container>
      </header>
      <Container component="main" id={mainContentId} tabIndex={-1} className="mobilis-main" size="lg" py="lg">
        {props.notice}
        {props.children}
      </Container>
    </>
  );
}
