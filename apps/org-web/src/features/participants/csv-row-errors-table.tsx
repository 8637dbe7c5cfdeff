import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type CodedMessage, useValidationMessage } from '../forms/use-validation-message';

export interface CsvRowProblem extends CodedMessage {
  /** Line of the file, header = 1. */
  readonly row: number;
  /** The header as written in the file; empty for the whole file. */
  readonly column: string;
}

/** The report of a CSV file's problems, from the browser's check or from the API: row, column, problem. */
export function CsvRowErrorsTable({ errors }: { errors: readonly CsvRowProblem[] }) {
  const { t } = useTranslation('org');
  const translate = useValidationMessage();
  return (
    <Table.ScrollContainer minWidth={420} mah={360}>
      <Table captionSide="top" withTableBorder striped stickyHeader>
        <Table.Caption>{t('participants.csv.errorsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('participants.csv.row')}</Table.Th>
            <Table.Th scope="col">{t('participants.csv.column')}</Table.Th>
            <Table.Th scope="col">{t('participants.csv.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error) => (
            <Table.Tr key={`${error.row}:${error.column}:${error.code}`}>
              <Table.Td>{error.row}</Table.Td>
              <Table.Td>{error.column || t('participants.csv.wholeFile')}</Table.Td>
              <Table.Td>{translate(error)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
