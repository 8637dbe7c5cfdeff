import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { mobilisTheme } from './mobilis-theme';

export interface MobilisProviderProps {
  /** The app's instance from `createI18n`. */
  i18n: I18n;
  /** `test` turns off Mantine's transitions and portals. */
  env?: 'default' | 'test';
  children: ReactNode;
}

/** Theme and translations for everything below; every app mounts it once, in `main.tsx`. */
export function MobilisProvider({ i18n, env = 'default', children }: MobilisProviderProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={mobilisTheme} env={env} defaultColorScheme="light">
        {children}
      </MantineProvider>
    </I18nextProvider>
  );
}
