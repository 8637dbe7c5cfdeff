import { AppAccessNotice, type MobilisApp } from '@mobilis/ui/app-access-notice';
import { AppShellLayout } from '@mobilis/ui/app-shell-layout';
import { CenteredPageLayout } from '@mobilis/ui/centered-page-layout';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { useCurrentOrganisation } from '@mobilis/ui/hooks/use-current-organisation';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import type { ShellContext } from './shell-context';
import { useHostNavigation } from './use-host-navigation';
import { useSignOut } from './use-sign-out';

export const ViewerShellFragment = graphql(`
  fragment ViewerShell_viewer on Viewer {
    displayName
    memberships {
      role
      organisation {
        id
        name
      }
    }
    participants {
      id
    }
  }
`);

/** Host institutions are represented by their HOST_CONTACTs; this app is theirs. */
const hostRoles: ReadonlySet<string> = new Set(['HOST_CONTACT']);

export const currentOrganisationStorageKey = 'mobilis.host-web.organisation';

/** The signed-in frame: header for the current host institution, or where to go instead. */
export function ViewerShell(props: { viewer: FragmentType<typeof ViewerShellFragment> }) {
  const viewer = getFragmentData(ViewerShellFragment, props.viewer);
  const { t } = useTranslation(['host', 'common']);
  const { signOut, signingOut, signOutFailed } = useSignOut();
  const navigation = useHostNavigation();
  const organisations = [
    ...new Map(
      viewer.memberships
        .filter((membership) => hostRoles.has(membership.role))
        .map(({ organisation }) => [organisation.id, { id: organisation.id, name: organisation.name }]),
    ).values(),
  ];
  const [current, selectOrganisation] = useCurrentOrganisation(currentOrganisationStorageKey, organisations);
  const signOutError = signOutFailed ? (
    <ErrorAlert focusOnMount>{t('common:errors.signOutFailed')}</ErrorAlert>
  ) : null;

  if (!current) {
    const otherApps: MobilisApp[] = [
      ...(viewer.memberships.some((membership) => membership.role !== 'HOST_CONTACT')
        ? (['org'] as const)
        : []),
      ...(viewer.participants.length > 0 ? (['participant'] as const) : []),
    ];
    return (
      <CenteredPageLayout appTitle={t('common:appNames.host')} title={t('host:noAccess.title')}>
        <title>{t('host:pageTitle.noAccess')}</title>
        {signOutError}
        <AppAccessNotice
          message={t('host:noAccess.message')}
          otherApps={otherApps}
          displayName={viewer.displayName}
          onSignOut={signOut}
          signingOut={signingOut}
        />
      </CenteredPageLayout>
    );
  }

  return (
    <AppShellLayout
      appTitle={t('common:appNames.host')}
      displayName={viewer.displayName}
      organisation={current}
      organisations={organisations}
      onOrganisationChange={selectOrganisation}
      onSignOut={signOut}
      signingOut={signingOut}
      navigation={navigation}
      notice={signOutError}
    >
      <Outlet context={{ organisationId: current.id } satisfies ShellContext} />
    </AppShellLayout>
  );
}
