import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { useAgreementTexts } from './use-agreement-texts';

export const AgreementChangesTableFragment = graphql(`
  fragment AgreementChangesTable_row on AgreementChangeRow {
    section
    itemId
    status
    title
    reasonCode
    reasonText
  }
`);

/**
 * The readable diff of a change proposal against the agreed version: every learning outcome or
 * activity it adds or removes (an edited row is both), with the proposer's reason.
 */
export function AgreementChangesTable(props: {
  rows: readonly FragmentType<typeof AgreementChangesTableFragment>[];
}) {
  const rows = getFragmentData(AgreementChangesTableFragment, props.rows);
  const { t } = useTranslation('org');
  const texts = useAgreementTexts();
  if (rows.length === 0) return <Text size="sm">{t('learningAgreement.changes.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table captionSide="top" verticalSpacing="xs">
        <Table.Caption>{t('learningAgreement.changes.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('learningAgreement.changes.change')}</Table.Th>
            <Table.Th scope="col">{t('learningAgreement.changes.part')}</Table.Th>
            <Table.Th scope="col">{t('learningAgreement.changes.row')}</Table.Th>
            <Table.Th scope="col">{t('learningAgreement.changes.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const inserted = row.status === 'INSERTED';
            const reason = [row.reasonCode ? texts.reason(row.reasonCode) : null, row.reasonText]
              .filter(Boolean)
              .join(': ');
            return (
              <Table.Tr key={`${row.section}:${row.itemId}:${row.status}`}>
                <Table.Td>
                  <Text span size="sm" fw={600} c={inserted ? 'green.8' : 'red.8'}>
                    {inserted
                      ? t('learningAgreement.changes.inserted')
                      : t('learningAgreement.changes.deleted')}
                  </Text>
                </Table.Td>
                <Table.Td>{texts.section(row.section)}</Table.Td>
                <Table.Th scope="row" fw={400} td={inserted ? undefined : 'line-through'}>
                  {row.title}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>
                  {reason === '' ? (
                    <Text span size="sm" c="dimmed">
                      {t('learningAgreement.changes.noReason')}
                    </Text>
                  ) : (
                    reason
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
