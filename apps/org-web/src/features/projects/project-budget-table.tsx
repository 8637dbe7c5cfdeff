import { Table, Text } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { budgetTotals } from './budget-totals';

export const ProjectBudgetTableFragment = graphql(`
  fragment ProjectBudgetTable_project on Project {
    budget {
      category
      awardedCents
      plannedCents
    }
  }
`);

/** Awarded, planned and remaining per budget category, with totals. */
export function ProjectBudgetTable(props: { project: FragmentType<typeof ProjectBudgetTableFragment> }) {
  const { budget } = getFragmentData(ProjectBudgetTableFragment, props.project);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const totals = budgetTotals(budget);
  const remaining = (awardedCents: number, plannedCents: number) => {
    const left = awardedCents - plannedCents;
    return left >= 0 ? (
      format.money(left)
    ) : (
      <Text span c="red.8" fw={700} size="sm">
        {t('projects.budget.overBy', { amount: format.money(-left) })}
      </Text>
    );
  };
  const amount = { ta: 'end', style: { whiteSpace: 'nowrap' } } as const;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table captionSide="top" withTableBorder striped>
        <Table.Caption>{t('projects.budget.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('projects.budget.category')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('projects.budget.awarded')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('projects.budget.planned')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('projects.budget.remaining')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {budget.map((line) => (
            <Table.Tr key={line.category}>
              <Table.Th scope="row" fw={500}>
                {t(`grantCalculator.categories.${line.category}`)}
              </Table.Th>
              <Table.Td {...amount}>{format.money(line.awardedCents)}</Table.Td>
              <Table.Td {...amount}>{format.money(line.plannedCents)}</Table.Td>
              <Table.Td {...amount}>{remaining(line.awardedCents, line.plannedCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('projects.budget.total')}</Table.Th>
            <Table.Td {...amount} fw={700}>
              {format.money(totals.awardedCents)}
            </Table.Td>
            <Table.Td {...amount} fw={700}>
              {format.money(totals.plannedCents)}
            </Table.Td>
            <Table.Td {...amount} fw={700}>
              {remaining(totals.awardedCents, totals.plannedCents)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
