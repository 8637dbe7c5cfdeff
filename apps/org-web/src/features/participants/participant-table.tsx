import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';

export const ParticipantTableFragment = graphql(`
  fragment ParticipantTable_participant on Participant {
    id
    firstName
    lastName
    email
    category
    unit
    fewerOpportunities
  }
`);

export interface ParticipantTableProps {
  participants: readonly FragmentType<typeof ParticipantTableFragment>[];
  caption: string;
}

/** Participants as rows: name, e-mail, category, unit or class, and the fewer-opportunities flag. */
export function ParticipantTable(props: ParticipantTableProps) {
  const participants = getFragmentData(ParticipantTableFragment, props.participants);
  const { t } = useTranslation('org');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table captionSide="top" withTableBorder striped highlightOnHover>
        <Table.Caption>{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('participants.name')}</Table.Th>
            <Table.Th scope="col">{t('participants.email')}</Table.Th>
            <Table.Th scope="col">{t('participants.category')}</Table.Th>
            <Table.Th scope="col">{t('participants.unit')}</Table.Th>
            <Table.Th scope="col">{t('participants.fewerOpportunities')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((participant) => (
            <Table.Tr key={participant.id}>
              <Table.Th scope="row" fw={500}>
                {participant.lastName}, {participant.firstName}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {participant.email ?? t('participants.notRecorded')}
              </Table.Td>
              <Table.Td>{t(`participants.categories.${participant.category}`)}</Table.Td>
              <Table.Td>{participant.unit ?? t('participants.notRecorded')}</Table.Td>
              <Table.Td>
                {participant.fewerOpportunities ? (
                  <Badge variant="light" color="grape" size="sm" tt="none">
                    {t('participants.yes')}
                  </Badge>
                ) : participant.fewerOpportunities === false ? (
                  t('participants.no')
                ) : (
                  t('participants.notRecorded')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
