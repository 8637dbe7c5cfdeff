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
import { useParticipantNavigation } from './use-participant-navigation';
import { useSignOut } from './use-sign-out';

export const ViewerShellFragment = graphql(`
  fragment ViewerShell_viewer on Viewer {
    displayName
    memberships {
      role
    }
    participants {
      id
      organisation {
        id
        name
      }
    }
  }
`);

export const currentOrganisationStorageKey = 'mobilis.participant-web.organisation';

/**
 * The signed-in frame: header for the sending organisation of the current participant record
 * (a person has one per organisation that sends them), or where to go instead.
 */
export function ViewerShell(props: { viewer: FragmentType<typeof ViewerShellFragment> }) {
  const viewer = getFragmentData(ViewerShellFragment, props.viewer);
  const { t } = useTranslation(['participant', 'common']);
  const { signOut, signingOut, signOutFailed } = useSignOut();
  const navigation = useParticipantNavigation();
  const organisations = [
    ...new Map(
      viewer.participants.map(({ organisation }) => [
        organisation.id,
        { id: organisation.id, name: organisation.name },
      ]),
    ).values(),
  ];
  const [current, selectOrganisation] = useCurrentOrganisation(currentOrganisationStorageKey, organisations);
  const signOutError = signOutFailed ? (
    <ErrorAlert focusOnMount>{t('common:errors.signOutFailed')}</ErrorAlert>
  ) : null;

  if (!current) {
    const roles = new Set(viewer.memberships.map((membership) => membership.role));
    const otherApps: MobilisApp[] = [
      ...(roles.has('ADMIN') || roles.has('COORDINATOR') ? (['org'] as const) : []),
      ...(roles.has('HOST_CONTACT') ? (['host'] as const) : []),
    ];
    return (
      <CenteredPageLayout appTitle={t('common:appNames.participant')} title={t('participant:noAccess.title')}>
        <title>{t('participant:pageTitle.noAccess')}</title>
        {signOutError}
        <AppAccessNotice
          message={t('participant:noAccess.message')}
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
      appTitle={t('common:appNames.participant')}
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
