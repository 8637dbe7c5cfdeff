import type { AppNavigation } from '@mobilis/ui/app-shell-layout';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler, useLocation } from 'react-router';

/** The app's pages for the header's navigation, with real `href`s and client-side clicks. */
export function useHostNavigation(): AppNavigation {
  const { t } = useTranslation('host');
  const { pathname } = useLocation();
  const inboxHref = useHref('/');
  const goToInbox = useLinkClickHandler<HTMLAnchorElement>('/');
  const organisationHref = useHref('/organisation');
  const goToOrganisation = useLinkClickHandler<HTMLAnchorElement>('/organisation');
  return {
    label: t('nav.label'),
    links: [
      {
        label: t('nav.inbox'),
        href: inboxHref,
        // A placement is opened from the inbox, so the inbox stays the current page.
        current: pathname === '/' || pathname.startsWith('/placements'),
        onClick: goToInbox,
      },
      {
        label: t('nav.organisation'),
        href: organisationHref,
        current: pathname.startsWith('/organisation'),
        onClick: goToOrganisation,
      },
    ],
  };
}
