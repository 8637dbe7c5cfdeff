import { Stack, Table, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { RateAmount } from './rate-amount';

export const RateCardTravelTableFragment = graphql(`
  fragment RateCardTravelTable_rateCard on RateCard {
    standardTravelDaysMax
    greenTravelDaysMax
    travelBands {
      minKm
      maxKm
      standard {
        amountCents
        source {
          confidence
          origin
        }
      }
      green {
        amountCents
        source {
          confidence
          origin
        }
      }
    }
  }
`);

/** Travel support per participant by distance band, standard and green, and the funded travel days. */
export function RateCardTravelTable(props: { rateCard: FragmentType<typeof RateCardTravelTableFragment> }) {
  const card = getFragmentData(RateCardTravelTableFragment, props.rateCard);
  const { t } = useTranslation('org');
  const format = useFormatters();
  return (
    <Stack gap="xs" component="section" aria-labelledby="rate-card-travel-title">
      <Title order={3} id="rate-card-travel-title">
        {t('projects.rateCard.travelTitle')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table captionSide="top" withTableBorder striped>
          <Table.Caption>{t('projects.rateCard.travelCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('projects.rateCard.band')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('projects.rateCard.standard')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('projects.rateCard.green')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {card.travelBands.map((band) => (
              <Table.Tr key={band.minKm}>
                <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {band.maxKm === null || band.maxKm === undefined
                    ? t('projects.rateCard.bandOpen', { min: format.number(band.minKm) })
                    : t('projects.rateCard.bandClosed', {
                        min: format.number(band.minKm),
                        max: format.number(band.maxKm),
                      })}
                </Table.Th>
                <Table.Td>
                  <RateAmount {...band.standard} />
                </Table.Td>
                <Table.Td>
                  <RateAmount {...band.green} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm">
        {t('projects.rateCard.travelDays', {
          standard: format.number(card.standardTravelDaysMax),
          green: format.number(card.greenTravelDaysMax),
        })}
      </Text>
    </Stack>
  );
}
