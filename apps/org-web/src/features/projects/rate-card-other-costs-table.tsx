import { Stack, Table, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { RateAmount } from './rate-amount';

export const RateCardOtherCostsTableFragment = graphql(`
  fragment RateCardOtherCostsTable_rateCard on RateCard {
    courseFeeMaxDays
    organisationalSupport {
      ...OtherCostAmount_sourcedAmount
    }
    organisationalSupportCourses {
      ...OtherCostAmount_sourcedAmount
    }
    inclusionSupportForOrganisations {
      ...OtherCostAmount_sourcedAmount
    }
    courseFeePerDay {
      ...OtherCostAmount_sourcedAmount
    }
  }
`);

const OtherCostAmountFragment = graphql(`
  fragment OtherCostAmount_sourcedAmount on SourcedAmount {
    amountCents
    source {
      confidence
      origin
    }
  }
`);

function OtherCostAmount(props: { amount: FragmentType<typeof OtherCostAmountFragment> }) {
  const amount = getFragmentData(OtherCostAmountFragment, props.amount);
  return <RateAmount amountCents={amount.amountCents} source={amount.source} />;
}

/** Organisational support, inclusion support for organisations and course fees. */
export function RateCardOtherCostsTable(props: {
  rateCard: FragmentType<typeof RateCardOtherCostsTableFragment>;
}) {
  const card = getFragmentData(RateCardOtherCostsTableFragment, props.rateCard);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const rows = [
    {
      key: 'organisationalSupport',
      label: t('projects.rateCard.organisationalSupport'),
      amount: card.organisationalSupport,
    },
    {
      key: 'organisationalSupportCourses',
      label: t('projects.rateCard.organisationalSupportCourses'),
      amount: card.organisationalSupportCourses,
    },
    {
      key: 'inclusionSupport',
      label: t('projects.rateCard.inclusionSupport'),
      amount: card.inclusionSupportForOrganisations,
    },
    {
      key: 'courseFees',
      label: t('projects.rateCard.courseFees', { maxDays: format.number(card.courseFeeMaxDays) }),
      amount: card.courseFeePerDay,
    },
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby="rate-card-other-title">
      <Title order={3} id="rate-card-other-title">
        {t('projects.rateCard.otherTitle')}
      </Title>
      <Table captionSide="top" withTableBorder striped>
        <Table.Caption>{t('projects.rateCard.otherCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('projects.rateCard.item')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('projects.rateCard.amount')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {row.label}
              </Table.Th>
              <Table.Td>
                <OtherCostAmount amount={row.amount} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
