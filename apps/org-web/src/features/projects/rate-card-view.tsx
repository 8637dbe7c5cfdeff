import { DataList, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { RateCardDayRatesTable } from './rate-card-day-rates-table';
import { RateCardOtherCostsTable } from './rate-card-other-costs-table';
import { parseOverrides } from './rate-card-overrides-values';
import { RateCardTravelTable } from './rate-card-travel-table';

export const RateCardViewFragment = graphql(`
  fragment RateCardView_project on Project {
    callYear
    rateCardOverrides
    rateCard {
      name
      version
      ...RateCardTravelTable_rateCard
      ...RateCardDayRatesTable_rateCard
      ...RateCardOtherCostsTable_rateCard
    }
  }
`);

/** Every unit cost of the project's rate card, each marked when unconfirmed or set by the NA. */
export function RateCardView(props: { project: FragmentType<typeof RateCardViewFragment> }) {
  const project = getFragmentData(RateCardViewFragment, props.project);
  const { t } = useTranslation('org');
  const note = parseOverrides(project.rateCardOverrides).note;
  return (
    <Stack gap="lg">
      <Text>{t('projects.rateCard.intro', { callYear: project.callYear })}</Text>
      <DataList size="sm" labelWidth="16rem" gap={4}>
        <DataList.Item>
          <DataList.ItemLabel>{t('projects.rateCard.template')}</DataList.ItemLabel>
          <DataList.ItemValue>{project.rateCard.name}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('projects.rateCard.version')}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>
            {project.rateCard.version}
          </DataList.ItemValue>
        </DataList.Item>
        {note ? (
          <DataList.Item>
            <DataList.ItemLabel>{t('projects.rateCard.note')}</DataList.ItemLabel>
            <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>{note}</DataList.ItemValue>
          </DataList.Item>
        ) : null}
      </DataList>
      <RateCardDayRatesTable rateCard={project.rateCard} />
      <RateCardTravelTable rateCard={project.rateCard} />
      <RateCardOtherCostsTable rateCard={project.rateCard} />
      <Text size="sm" c="dimmed">
        {t('projects.rateCard.confidenceNote')}
      </Text>
    </Stack>
  );
}
