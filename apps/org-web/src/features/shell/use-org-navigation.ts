import type { AppNavigation } from '@mobilis/ui/app-shell-layout';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler, useLocation } from 'react-router';

/** The app's pages for the header's navigation, with real `href`s and client-side clicks. */
export function useOrgNavigation(): AppNavigation {
  const { t } = useTranslation('org');
  const { pathname } = useLocation();
  const homeHref = useHref('/');
  const calculatorHref = useHref('/calculator');
  const goHome = useLinkClickHandler<HTMLAnchorElement>('/');
  const goToCalculator = useLinkClickHandler<HTMLAnchorElement>('/calculator');
  const mobilitiesHref = useHref('/mobilities');
  const goToMobilities = useLinkClickHandler<HTMLAnchorElement>('/mobilities');
  const projectsHref = useHref('/projects');
  const goToProjects = useLinkClickHandler<HTMLAnchorElement>('/projects');
  const participantsHref = useHref('/participants');
  const goToParticipants = useLinkClickHandler<HTMLAnchorElement>('/participants');
  const hostsHref = useHref('/hosts');
  const goToHosts = useLinkClickHandler<HTMLAnchorElement>('/hosts');
  const preparationHref = useHref('/preparation');
  const goToPreparation = useLinkClickHandler<HTMLAnchorElement>('/preparation');
  return {
    label: t('nav.label'),
    links: [
      { label: t('nav.home'), href: homeHref, current: pathname === '/', onClick: goHome },
      {
        label: t('nav.projects'),
        href: projectsHref,
        current: pathname.startsWith('/projects'),
        onClick: goToProjects,
      },
      {
        label: t('mobilities.nav'),
        href: mobilitiesHref,
        current: pathname.startsWith('/mobilities'),
        onClick: goToMobilities,
      },
      {
        label: t('nav.participants'),
        href: participantsHref,
        current: pathname.startsWith('/participants'),
        onClick: goToParticipants,
      },
      {
        label: t('nav.hosts'),
        href: hostsHref,
        current: pathname.startsWith('/hosts'),
        onClick: goToHosts,
      },
      {
        label: t('nav.preparation'),
        href: preparationHref,
        current: pathname.startsWith('/preparation'),
        onClick: goToPreparation,
      },
      {
        label: t('nav.grantCalculator'),
        href: calculatorHref,
        current: pathname.startsWith('/calculator'),
        onClick: goToCalculator,
      },
    ],
  };
}
