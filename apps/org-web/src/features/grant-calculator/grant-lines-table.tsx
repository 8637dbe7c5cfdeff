import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { GrantLine, GrantRule } from '@mobilis/domain/grant/grant-result';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { useGrantMessages } from './use-grant-messages';

/**
 * What the table reads: a `GrantResult` computed in the browser, or a grant from the API put into
 * the same shape (the mobility screens do that), so both are shown and translated alike.
 */
export interface GrantLinesTableData {
  readonly lines: readonly (Pick<
    GrantLine,
    'category' | 'quantity' | 'unitAmountCents' | 'amountCents' | 'explanation'
  > & {
    readonly rule: Pick<GrantRule, 'confidence'>;
  })[];
  readonly totalCents: number;
}

/** One row per budget line: what, quantity × unit, amount, and the sentence explaining it. */
export function GrantLinesTable({ result }: { result: GrantLinesTableData }) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const messages = useGrantMessages();

  return (
    <Table captionSide="top" withTableBorder verticalSpacing="sm">
      <Table.Caption>{t('grantCalculator.result.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('grantCalculator.result.category')}</Table.Th>
          <Table.Th scope="col">{t('grantCalculator.result.calculation')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('grantCalculator.result.amount')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.lines.map((line) => (
          <Table.Tr key={`${line.category}:${line.explanation.code}:${line.unitAmountCents}`}>
            <Table.Td>
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={700} size="sm">
                    {t(`grantCalculator.categories.${line.category}`)}
                  </Text>
                  {line.rule.confidence === 'confirmed' ? null : (
                    <Badge variant="filled" color="yellow" autoContrast size="sm">
                      {t(`grantCalculator.result.confidence.${line.rule.confidence}`)}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {messages.explanation(line.explanation)}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {t('grantCalculator.result.quantityTimesUnit', {
                quantity: format.number(line.quantity),
                unit: format.money(line.unitAmountCents),
              })}
            </Table.Td>
            <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
              {format.money(line.amountCents)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row" colSpan={2}>
            {t('grantCalculator.result.total')}
          </Table.Th>
          <Table.Td ta="end" fw={700} style={{ whiteSpace: 'nowrap' }}>
            {format.money(result.totalCents)}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
