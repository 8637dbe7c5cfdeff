import { Anchor, DataList, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';

export const PlacementRecordsFragment = graphql(`
  fragment PlacementRecords_mobility on Mobility {
    declineReason
    hostMentor {
      name
      role
      email
      phone
    }
    attendance {
      attendanceDays
      interruptionDays
      interruptionNote
    }
  }
`);

/** What the host has confirmed so far: the mentor, the reason for declining, the attendance. */
export function PlacementRecords(props: { mobility: FragmentType<typeof PlacementRecordsFragment> }) {
  const mobility = getFragmentData(PlacementRecordsFragment, props.mobility);
  const { t } = useTranslation('host');
  const { hostMentor: mentor, attendance, declineReason } = mobility;
  if (!mentor && !attendance && !declineReason) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="records-title">
      <Title order={2} size="h3" id="records-title">
        {t('placements.records.title')}
      </Title>
      <DataList labelWidth="9rem" gap="xs">
        {declineReason ? (
          <DataList.Item>
            <DataList.ItemLabel>{t('placements.records.declineReason')}</DataList.ItemLabel>
            <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>{declineReason}</DataList.ItemValue>
          </DataList.Item>
        ) : null}
        {mentor ? (
          <DataList.Item>
            <DataList.ItemLabel>{t('placements.records.mentor')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Stack gap={0}>
                <Text size="sm">
                  {mentor.role
                    ? t('placements.records.mentorWithRole', { name: mentor.name, role: mentor.role })
                    : mentor.name}
                </Text>
                {mentor.email ? (
                  <Anchor size="sm" href={`mailto:${mentor.email}`} style={{ overflowWrap: 'anywhere' }}>
                    {mentor.email}
                  </Anchor>
                ) : null}
                {mentor.phone ? (
                  <Anchor size="sm" href={`tel:${mentor.phone.replace(/\s/g, '')}`}>
                    {mentor.phone}
                  </Anchor>
                ) : null}
              </Stack>
            </DataList.ItemValue>
          </DataList.Item>
        ) : null}
        {attendance ? (
          <>
            <DataList.Item>
              <DataList.ItemLabel>{t('placements.records.attendance')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {t('placements.records.attendanceDays', { count: attendance.attendanceDays })}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('placements.records.interruption')}</DataList.ItemLabel>
              <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>
                {[
                  t('placements.records.interruptionDays', { count: attendance.interruptionDays }),
                  attendance.interruptionNote,
                ]
                  .filter(Boolean)
                  .join('\n')}
              </DataList.ItemValue>
            </DataList.Item>
          </>
        ) : null}
      </DataList>
    </Stack>
  );
}
