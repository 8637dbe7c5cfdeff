import { Alert, Anchor, Stack } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { FullPageLoader } from '@mobilis/ui/full-page-loader';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { LearningAgreementEditor } from '../features/learning-agreement/editor/learning-agreement-editor';
import { graphql } from '../gql/gql';

const LearningAgreementEditRouteQuery = graphql(`
  query LearningAgreementEditRouteQuery($mobilityId: ID!) {
    mobility: node(id: $mobilityId) {
      id
      ... on Mobility {
        reference
        learningAgreement {
          firstVersion {
            hash
          }
          approvedChanges {
            hash
          }
          proposal {
            hash
          }
        }
        ...LearningAgreementEditor_mobility
      }
    }
  }
`);

/** Draft the learning agreement of a mobility, or propose a change to it. */
export function LearningAgreementEditRoute() {
  const { t } = useTranslation(['org', 'common']);
  const { mobilityId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LearningAgreementEditRouteQuery,
    variables: { mobilityId },
  });
  const [reloaded, setReloaded] = useState(false);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (!data && fetching) return <FullPageLoader />;
  if (!data) return error ? <ErrorAlert onRetry={reload}>{t('common:errors.generic')}</ErrorAlert> : null;
  const mobility = data.mobility?.__typename === 'Mobility' ? data.mobility : null;
  if (!mobility) {
    return (
      <Stack gap="md" align="flex-start">
        <Anchor component={Link} to="/mobilities" size="sm">
          {t('org:mobilities.detail.back')}
        </Anchor>
        <ErrorAlert title={null}>{t('org:mobilities.detail.notFound')}</ErrorAlert>
      </Stack>
    );
  }
  const agreement = mobility.learningAgreement;
  // Another agreed version or proposal (someone else acted) starts the editor over from it.
  const version = [agreement.firstVersion, agreement.approvedChanges, agreement.proposal]
    .map((part) => part?.hash ?? '-')
    .join(':');
  return (
    <>
      <title>{t('org:learningAgreement.pageTitle', { reference: mobility.reference })}</title>
      <LearningAgreementEditor
        key={version}
        mobility={mobility}
        onStale={() => {
          setReloaded(true);
          reload();
        }}
        notice={
          reloaded ? (
            <Alert role="alert" color="yellow" variant="light">
              {t('org:learningAgreement.editor.stale')}
            </Alert>
          ) : null
        }
      />
    </>
  );
}
