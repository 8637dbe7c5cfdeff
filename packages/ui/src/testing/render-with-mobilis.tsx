import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createI18n, type TranslationTree } from '../i18n/create-i18n';
import type { Locale } from '../i18n/supported-locales';
import { MobilisProvider } from '../mobilis-provider';

export interface RenderWithMobilisOptions {
  lng?: Locale;
  namespace?: string;
  resources?: Record<Locale, TranslationTree>;
}

/** Renders inside theme + translations (Mantine's test env: no transitions, no portals). */
export function renderWithMobilis(ui: ReactElement, options: RenderWithMobilisOptions = {}) {
  const i18n = createI18n({
    namespace: options.namespace ?? 'test',
    resources: options.resources ?? { en: {}, de: {} },
    lng: options.lng ?? 'en',
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MobilisProvider i18n={i18n} env="test">
      {children}
    </MobilisProvider>
  );
  return { i18n, ...render(ui, { wrapper }) };
}
