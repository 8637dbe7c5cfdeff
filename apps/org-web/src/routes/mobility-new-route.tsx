import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MobilityForm } from '../features/mobilities/form/mobility-form';
import { useShellContext } from '../features/shell/shell-context';
import { graphql } from '../gql/gql';

const MobilityNewRouteQuery = graphql(`
  query MobilityNewRouteQuery($organisationId: ID!) {
    organisation: node(id: $organisationId) {
      id
      ... on Organisation {
        ...MobilityForm_organisation
      }
    }
  }
`);

/** Plan a new mobility in one of the organisation's projects. */
export function MobilityNewRoute() {
  const { t } = useTranslation(['org', 'common']);
  const { organisationId } = useShellContext();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MobilityNewRouteQuery,
    variables: { organisationId },
  });

  if (!data && fetching) return <FullPageLoader />;
  const organisation = data?.organisation?.__typename === 'Organisation' ? data.organisation : null;
  if (!organisation) {
    return error ? (
      <ErrorAlert onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {t('common:errors.generic')}
      </ErrorAlert>
    ) : (
      <ErrorAlert title={null}>{t('org:mobilities.list.unavailable')}</ErrorAlert>
    );
  }
  return (
    <>
      <title>{t('org:mobilities.pageTitle.new')}</title>
      <MobilityForm organisation={organisation} />
    </>
  );
}
