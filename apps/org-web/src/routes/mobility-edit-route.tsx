import { Alert, Anchor, Stack } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { MobilityForm } from '../features/mobilities/form/mobility-form';
import { useShellContext } from '../features/shell/shell-context';
import { graphql } from '../gql/gql';

const MobilityEditRouteQuery = graphql(`
  query MobilityEditRouteQuery($organisationId: ID!, $mobilityId: ID!) {
    organisation: node(id: $organisationId) {
      id
      ... on Organisation {
        ...MobilityForm_organisation
      }
    }
    mobility: node(id: $mobilityId) {
      id
      ... on Mobility {
        reference
        version
        ...MobilityForm_mobility
      }
    }
  }
`);

/** Change a mobility's parties and facts; its grant difference is shown before saving. */
export function MobilityEditRoute() {
  const { t } = useTranslation(['org', 'common']);
  const { mobilityId = '' } = useParams();
  const { organisationId } = useShellContext();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MobilityEditRouteQuery,
    variables: { organisationId, mobilityId },
  });
  const [reloaded, setReloaded] = useState(false);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (!data && fetching) return <FullPageLoader />;
  if (!data) return error ? <ErrorAlert onRetry={reload}>{t('common:errors.generic')}</ErrorAlert> : null;
  const organisation = data.organisation?.__typename === 'Organisation' ? data.organisation : null;
  const mobility = data.mobility?.__typename === 'Mobility' ? data.mobility : null;
  if (!organisation || !mobility) {
    return (
      <Stack gap="md" align="flex-start">
        <Anchor component={Link} to="/mobilities" size="sm">
          {t('org:mobilities.detail.back')}
        </Anchor>
        <ErrorAlert title={null}>{t('org:mobilities.detail.notFound')}</ErrorAlert>
      </Stack>
    );
  }
  return (
    <>
      <title>{t('org:mobilities.pageTitle.edit', { reference: mobility.reference })}</title>
      {/* A new version (someone else saved) starts the form over from the reloaded mobility. */}
      <MobilityForm
        key={mobility.version}
        organisation={organisation}
        mobility={mobility}
        onStale={() => {
          setReloaded(true);
          reload();
        }}
        notice={
          reloaded ? (
            <Alert role="alert" color="yellow" variant="light">
              {t('org:mobilities.problems.stale')}
            </Alert>
          ) : null
        }
      />
    </>
  );
}
