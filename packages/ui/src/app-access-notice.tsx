import { Anchor, Button, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The three apps, each served under its own path on the API's origin. */
export type MobilisApp = 'org' | 'host' | 'participant';

export const mobilisAppPaths: Record<MobilisApp, string> = {
  org: '/org/',
  host: '/host/',
  participant: '/participant/',
};

export interface AppAccessNoticeProps {
  /** Why this app has nothing for the viewer, in the app's words. */
  message: ReactNode;
  /** The apps the viewer's roles do open, linked. */
  otherApps: readonly MobilisApp[];
  displayName: string;
  onSignOut: () => void;
  signingOut?: boolean;
}

/** For a signed-in person this app has nothing for: where to go instead, and a way out. */
export function AppAccessNotice({
  message,
  otherApps,
  displayName,
  onSignOut,
  signingOut,
}: AppAccessNoticeProps) {
  const { t } = useTranslation('common');
  return (
    <Stack gap="md" align="flex-start">
      <Text>{message}</Text>
      {otherApps.length > 0 ? (
        <div>
          <Text>{t('noAccess.useOtherApp')}</Text>
          <List>
            {otherApps.map((app) => (
              <List.Item key={app}>
                <Anchor href={mobilisAppPaths[app]}>{t(`appNames.${app}`)}</Anchor>
              </List.Item>
            ))}
          </List>
        </div>
      ) : (
        <Text>{t('noAccess.noOtherApp')}</Text>
      )}
      <Text size="sm" c="dimmed">
        {t('shell.signedInAs', { name: displayName })}
      </Text>
      <Button variant="default" onClick={onSignOut} loading={signingOut}>
        {t('shell.signOut')}
      </Button>
    </Stack>
  );
}
