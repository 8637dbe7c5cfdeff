import { Stack, Table, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { RateAmount } from './rate-amount';

export const RateCardDayRatesTableFragment = graphql(`
  fragment RateCardDayRatesTable_rateCard on RateCard {
    taperingFromDay
    taperingPercent
    individualSupport {
      category
      group1 {
        ...DayRateCell_dayRate
      }
      group2 {
        ...DayRateCell_dayRate
      }
      group3 {
        ...DayRateCell_dayRate
      }
    }
  }
`);

const DayRateCellFragment = graphql(`
  fragment DayRateCell_dayRate on DayRate {
    amountCents
    minCents
    maxCents
    source {
      confidence
      origin
    }
  }
`);

const GROUPS = ['group1', 'group2', 'group3'] as const;

function DayRateCell(props: { rate: FragmentType<typeof DayRateCellFragment> }) {
  const rate = getFragmentData(DayRateCellFragment, props.rate);
  const { t } = useTranslation('org');
  const format = useFormatters();
  return (
    <Stack gap={2} align="flex-end">
      <RateAmount amountCents={rate.amountCents} source={rate.source} />
      {rate.minCents !== null &&
      rate.minCents !== undefined &&
      rate.maxCents !== null &&
      rate.maxCents !== undefined ? (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('projects.rateCard.range', {
            min: format.money(rate.minCents),
            max: format.money(rate.maxCents),
          })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Per-day individual support by participant category and country group, and the tapering rule. */
export function RateCardDayRatesTable(props: {
  rateCard: FragmentType<typeof RateCardDayRatesTableFragment>;
}) {
  const card = getFragmentData(RateCardDayRatesTableFragment, props.rateCard);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const tapering =
    card.taperingFromDay !== null &&
    card.taperingFromDay !== undefined &&
    card.taperingPercent !== null &&
    card.taperingPercent !== undefined
      ? t('projects.rateCard.tapering', {
          fromDay: format.number(card.taperingFromDay),
          percent: format.number(card.taperingPercent),
        })
      : t('projects.rateCard.noTapering');
  return (
    <Stack gap="xs" component="section" aria-labelledby="rate-card-individual-title">
      <Title order={3} id="rate-card-individual-title">
        {t('projects.rateCard.individualTitle')}
      </Title>
      <Table.ScrollContainer minWidth={600}>
        <Table captionSide="top" withTableBorder striped>
          <Table.Caption>{t('projects.rateCard.individualCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('projects.rateCard.participantCategory')}</Table.Th>
              {GROUPS.map((group, index) => (
                <Table.Th scope="col" ta="end" key={group}>
                  {t('projects.rateCard.group', { group: format.number(index + 1) })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {card.individualSupport.map((rates) => (
              <Table.Tr key={rates.category}>
                <Table.Th scope="row" fw={500}>
                  {t(`projects.rateCard.categories.${rates.category}`)}
                </Table.Th>
                {GROUPS.map((group) => (
                  <Table.Td key={group}>
                    <DayRateCell rate={rates[group]} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm">{tapering}</Text>
    </Stack>
  );
}
