import { Anchor, DataList, Stack, Table, Text, Title } from '@mantine/core';
import { epochDay } from '@mobilis/domain/dates/calendar-date';
import { SKILL_AREAS } from '@mobilis/domain/host/host-inputs';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';

export const MobilityHostDecisionFragment = graphql(`
  fragment MobilityHostDecision_mobility on Mobility {
    status
    hostMentor {
      name
      role
      email
      phone
    }
    declineReason
    plannedStartDate
    plannedEndDate
    actualStartDate
    actualEndDate
    attendance {
      attendanceDays
      interruptionDays
      interruptionNote
    }
    hostOutcomes {
      outcomes {
        title
        achievement
        comment
      }
      skills {
        jobRelated
        language
        digital
        organisational
        communication
        other
      }
    }
  }
`);

/** From these statuses on the participant is (or was) there, so outcomes are expected. */
const OUTCOMES_EXPECTED: ReadonlySet<string> = new Set(['ONGOING', 'COMPLETED', 'CLOSED']);

/**
 * What the host said and saw: the mentor once the placement is confirmed (or the reason it was
 * declined), the actual dates against the plan with the attendance, and the learning outcomes.
 */
export function MobilityHostDecision(props: { mobility: FragmentType<typeof MobilityHostDecisionFragment> }) {
  const mobility = getFragmentData(MobilityHostDecisionFragment, props.mobility);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const id = useId();
  const item = (label: string, value: ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  /** The actual date, and how far it is from the planned one. */
  const actual = (actualDate: string | null | undefined, plannedDate: string) => {
    if (!actualDate) {
      return (
        <Text span c="dimmed" size="sm">
          {t('mobilities.hostDecision.notConfirmed')}
        </Text>
      );
    }
    const date = format.date(actualDate);
    const a = epochDay(actualDate);
    const p = epochDay(plannedDate);
    const shift = a !== null && p !== null ? a - p : 0;
    return shift === 0
      ? t('mobilities.hostDecision.asPlanned', { date })
      : shift > 0
        ? t('mobilities.hostDecision.later', { date, count: shift })
        : t('mobilities.hostDecision.earlier', { date, count: -shift });
  };

  const { status, hostMentor: mentor, attendance, hostOutcomes } = mobility;
  const decision =
    status === 'DECLINED'
      ? t('mobilities.hostDecision.declined')
      : mentor
        ? t('mobilities.hostDecision.confirmed')
        : status === 'DRAFT'
          ? t('mobilities.hostDecision.notProposed')
          : status === 'PROPOSED'
            ? t('mobilities.hostDecision.waiting')
            : t('mobilities.hostDecision.noDecision');
  const arrived = Boolean(mobility.actualStartDate || mobility.actualEndDate || attendance);
  const skills = hostOutcomes
    ? SKILL_AREAS.flatMap((area) => {
        const text = hostOutcomes.skills[area];
        return text ? [{ area, text }] : [];
      })
    : [];

  return (
    <Stack gap="sm" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} id={`${id}-title`}>
        {t('mobilities.detail.hostDecisionTitle')}
      </Title>
      <Text>{decision}</Text>
      {status === 'DECLINED' && mobility.declineReason ? (
        <DataList labelWidth="14rem" gap="xs">
          {item(
            t('mobilities.hostDecision.declineReason'),
            <Text span style={{ whiteSpace: 'pre-line' }}>
              {mobility.declineReason}
            </Text>,
          )}
        </DataList>
      ) : null}

      {mentor ? (
        <Stack gap="xs" component="section" aria-labelledby={`${id}-mentor`}>
          <Title order={3} size="h4" id={`${id}-mentor`}>
            {t('mobilities.hostDecision.mentorTitle')}
          </Title>
          <DataList labelWidth="14rem" gap="xs">
            {item(t('mobilities.hostDecision.mentorName'), mentor.name)}
            {mentor.role ? item(t('mobilities.hostDecision.mentorRole'), mentor.role) : null}
            {mentor.email
              ? item(
                  t('mobilities.hostDecision.mentorEmail'),
                  <Anchor
                    href={`mailto:${mentor.email}`}
                    aria-label={t('mobilities.hostDecision.emailMentor', {
                      name: mentor.name,
                      email: mentor.email,
                    })}
                  >
                    {mentor.email}
                  </Anchor>,
                )
              : null}
            {mentor.phone
              ? item(
                  t('mobilities.hostDecision.mentorPhone'),
                  <Anchor
                    href={`tel:${mentor.phone.replace(/[^\d+]/g, '')}`}
                    aria-label={t('mobilities.hostDecision.callMentor', {
                      name: mentor.name,
                      phone: mentor.phone,
                    })}
                  >
                    {mentor.phone}
                  </Anchor>,
                )
              : null}
          </DataList>
        </Stack>
      ) : null}

      {arrived || mentor ? (
        <Stack gap="xs" component="section" aria-labelledby={`${id}-dates`}>
          <Title order={3} size="h4" id={`${id}-dates`}>
            {t('mobilities.hostDecision.datesTitle')}
          </Title>
          <DataList labelWidth="14rem" gap="xs">
            {item(
              t('mobilities.hostDecision.plannedDates'),
              t('mobilities.dateRange', {
                start: format.date(mobility.plannedStartDate),
                end: format.date(mobility.plannedEndDate),
              }),
            )}
            {item(
              t('mobilities.hostDecision.actualStart'),
              actual(mobility.actualStartDate, mobility.plannedStartDate),
            )}
            {item(
              t('mobilities.hostDecision.actualEnd'),
              actual(mobility.actualEndDate, mobility.plannedEndDate),
            )}
            {attendance
              ? item(
                  t('mobilities.hostDecision.attendance'),
                  `${t('mobilities.hostDecision.attendanceDays', { count: attendance.attendanceDays })}, ${
                    attendance.interruptionDays > 0
                      ? t('mobilities.hostDecision.interruptionDays', { count: attendance.interruptionDays })
                      : t('mobilities.hostDecision.noInterruption')
                  }`,
                )
              : null}
            {attendance?.interruptionNote
              ? item(
                  t('mobilities.hostDecision.interruptionNote'),
                  <Text span style={{ whiteSpace: 'pre-line' }}>
                    {attendance.interruptionNote}
                  </Text>,
                )
              : null}
          </DataList>
        </Stack>
      ) : null}

      {hostOutcomes || OUTCOMES_EXPECTED.has(status) ? (
        <Stack gap="xs" component="section" aria-labelledby={`${id}-outcomes`}>
          <Title order={3} size="h4" id={`${id}-outcomes`}>
            {t('mobilities.hostDecision.outcomesTitle')}
          </Title>
          {!hostOutcomes ? (
            <Text c="dimmed">{t('mobilities.hostDecision.outcomesPending')}</Text>
          ) : hostOutcomes.outcomes.length === 0 ? (
            <Text c="dimmed">{t('mobilities.hostDecision.noOutcomes')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table captionSide="top" verticalSpacing="xs">
                <Table.Caption>{t('mobilities.hostDecision.outcomesCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('mobilities.hostDecision.outcome')}</Table.Th>
                    <Table.Th scope="col">{t('mobilities.hostDecision.achievement')}</Table.Th>
                    <Table.Th scope="col">{t('mobilities.hostDecision.comment')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {hostOutcomes.outcomes.map((outcome, index) => (
                    // Titles may repeat; the host's order is stable.
                    // biome-ignore lint/suspicious/noArrayIndexKey: outcomes have no id
                    <Table.Tr key={index}>
                      <Table.Th scope="row" fw={600}>
                        {outcome.title}
                      </Table.Th>
                      <Table.Td>{t(`mobilities.hostDecision.achievements.${outcome.achievement}`)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-line' }}>{outcome.comment ?? ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {hostOutcomes ? (
            <>
              <Title order={4} size="h5">
                {t('mobilities.hostDecision.skillsTitle')}
              </Title>
              {skills.length === 0 ? (
                <Text c="dimmed">{t('mobilities.hostDecision.noSkills')}</Text>
              ) : (
                <DataList labelWidth="14rem" gap="xs">
                  {skills.map(({ area, text }) => (
                    <DataList.Item key={area}>
                      <DataList.ItemLabel>{t(`mobilities.hostDecision.skills.${area}`)}</DataList.ItemLabel>
                      <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>{text}</DataList.ItemValue>
                    </DataList.Item>
                  ))}
                </DataList>
              )}
            </>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
