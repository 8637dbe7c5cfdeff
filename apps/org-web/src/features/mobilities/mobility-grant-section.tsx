import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { activityTypeFromGraphql } from './activity-type-name';
import { grantWarningContext } from './api-grant';
import { MobilityGrantDetails } from './mobility-grant-details';

export const MobilityGrantSectionFragment = graphql(`
  fragment MobilityGrantSection_mobility on Mobility {
    activityType
    accompanyingPerson
    hostOrganisation {
      id
      country
    }
    project {
      id
      callYear
    }
    grant {
      ...MobilityGrantDetails_grant
    }
  }
`);

/** The saved grant of a mobility, every line explained. */
export function MobilityGrantSection(props: { mobility: FragmentType<typeof MobilityGrantSectionFragment> }) {
  const mobility = getFragmentData(MobilityGrantSectionFragment, props.mobility);
  const { t } = useTranslation('org');
  const titleId = useId();
  const activityType = activityTypeFromGraphql(mobility.activityType);
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} id={titleId}>
        {t('mobilities.detail.grantTitle')}
      </Title>
      {mobility.grant && activityType ? (
        <MobilityGrantDetails
          grant={mobility.grant}
          warningContext={grantWarningContext({
            activityType,
            accompanyingPerson: mobility.accompanyingPerson,
            hostCountry: mobility.hostOrganisation?.country ?? null,
            callYear: mobility.project?.callYear ?? null,
          })}
        />
      ) : (
        <Text>{t('mobilities.detail.grantHidden')}</Text>
      )}
    </Stack>
  );
}
