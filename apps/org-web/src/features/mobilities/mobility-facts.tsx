import { DataList, Stack, Title } from '@mantine/core';
import { findActivityType } from '@mobilis/domain/catalogue/activity-type-catalogue';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { activityTypeFromGraphql, useActivityTypeLabel } from './activity-type-name';

export const MobilityFactsFragment = graphql(`
  fragment MobilityFacts_mobility on Mobility {
    activityType
    project {
      id
      code
      title
    }
    participant {
      id
      displayName
    }
    hostOrganisation {
      id
      name
      city
      country
    }
    plannedStartDate
    plannedEndDate
    travelDays
    greenTravel
    officialDistanceKm
    computedDistanceKm
    courseFeeDays
    accompanyingPerson
    zeroGrant
    forceMajeure
    organisationalSupportNotRequested
    cancellationReason
  }
`);

const FLAGS = [
  'accompanyingPerson',
  'zeroGrant',
  'forceMajeure',
  'organisationalSupportNotRequested',
] as const;

/**
 * What was planned: project, parties, activity, dates, travel, distance and special cases (the
 * actual dates are the host's, in `MobilityHostDecision`).
 */
export function MobilityFacts(props: { mobility: FragmentType<typeof MobilityFactsFragment> }) {
  const mobility = getFragmentData(MobilityFactsFragment, props.mobility);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const activityLabel = useActivityTypeLabel();
  const titleId = useId();
  const code = activityTypeFromGraphql(mobility.activityType);
  const courseFees = code ? (findActivityType(code)?.courseFees ?? false) : false;
  const flags = FLAGS.filter((flag) => mobility[flag]).map((flag) => t(`mobilities.form.${flag}`));
  const range = (start: string, end: string) =>
    t('mobilities.dateRange', { start: format.date(start), end: format.date(end) });
  const item = (label: string, value: string) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  const distance =
    mobility.officialDistanceKm !== null && mobility.officialDistanceKm !== undefined
      ? t('mobilities.detail.distanceOfficial', { km: format.number(mobility.officialDistanceKm) })
      : mobility.computedDistanceKm !== null && mobility.computedDistanceKm !== undefined
        ? t('mobilities.detail.distanceComputed', {
            km: format.number(Math.round(mobility.computedDistanceKm)),
          })
        : t('mobilities.detail.none');

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} id={titleId}>
        {t('mobilities.detail.factsTitle')}
      </Title>
      <DataList labelWidth="14rem" gap="xs">
        {mobility.project
          ? item(
              t('mobilities.detail.project'),
              t('mobilities.filters.projectOption', {
                code: mobility.project.code,
                title: mobility.project.title,
              }),
            )
          : null}
        {item(t('mobilities.detail.participant'), mobility.participant.displayName)}
        {item(
          t('mobilities.detail.host'),
          mobility.hostOrganisation
            ? t('mobilities.detail.hostValue', {
                name: mobility.hostOrganisation.name,
                city: mobility.hostOrganisation.city,
                country: format.country(mobility.hostOrganisation.country),
              })
            : t('mobilities.list.noHost'),
        )}
        {item(t('mobilities.detail.activityType'), activityLabel(mobility.activityType))}
        {item(t('mobilities.detail.plannedDates'), range(mobility.plannedStartDate, mobility.plannedEndDate))}
        {item(
          t('mobilities.detail.travel'),
          `${t('mobilities.detail.travelDays', { count: mobility.travelDays })}, ${
            mobility.greenTravel ? t('mobilities.detail.greenTravel') : t('mobilities.detail.standardTravel')
          }`,
        )}
        {item(t('mobilities.detail.distance'), distance)}
        {courseFees || mobility.courseFeeDays > 0
          ? item(t('mobilities.detail.courseFeeDays'), format.number(mobility.courseFeeDays))
          : null}
        {item(
          t('mobilities.detail.specialCases'),
          flags.length > 0 ? flags.join('; ') : t('mobilities.detail.none'),
        )}
        {mobility.cancellationReason
          ? item(t('mobilities.detail.cancellationReason'), mobility.cancellationReason)
          : null}
      </DataList>
    </Stack>
  );
}
