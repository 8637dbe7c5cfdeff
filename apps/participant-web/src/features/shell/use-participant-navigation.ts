import type { AppNavigation } from '@mobilis/ui/app-shell-layout';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler, useLocation } from 'react-router';

/** The app's pages for the header's navigation, with real `href`s and client-side clicks. */
export function useParticipantNavigation(): AppNavigation {
  const { t } = useTranslation('participant');
  const { pathname } = useLocation();
  const homeHref = useHref('/');
  const goHome = useLinkClickHandler<HTMLAnchorElement>('/');
  return {
    label: t('nav.label'),
    links: [
      {
        label: t('nav.mobilities'),
        href: homeHref,
        current: pathname === '/' || pathname.startsWith('/mobilities'),
        onClick: goHome,
      },
    ],
  };
}
