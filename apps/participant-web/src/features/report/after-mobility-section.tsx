import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { mobilityDocumentUrl } from '../documents/document-urls';
import { SuccessNotice } from '../forms/success-notice';
import { HostOutcomesView } from './host-outcomes-view';
import { ParticipantReportForm } from './participant-report-form';
import { ParticipantReportView } from './participant-report-view';

export const AfterMobilityFragment = graphql(`
  fragment AfterMobility_mobility on Mobility {
    id
    version
    status
    participantReport {
      satisfaction
      skillsGained
      recognition
      comments
      submittedAt
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

/** The mobility is over once the host confirmed the departure (COMPLETED), and stays so when CLOSED. */
export const ENDED_STATUSES: ReadonlySet<string> = new Set(['COMPLETED', 'CLOSED']);

export interface AfterMobilitySectionProps {
  mobility: FragmentType<typeof AfterMobilityFragment>;
  onReload: () => void;
}

/**
 * After the end: the participant's report (a form until submitted, then read-only), the
 * certificate once the report is in, and what the host assessed.
 */
export function AfterMobilitySection({ mobility: mobilityRef, onReload }: AfterMobilitySectionProps) {
  const mobility = getFragmentData(AfterMobilityFragment, mobilityRef);
  const { t } = useTranslation('participant');
  const [justSubmitted, setJustSubmitted] = useState(false);
  if (!ENDED_STATUSES.has(mobility.status)) return null;
  const report = mobility.participantReport;
  return (
    <Stack gap="lg" component="section" aria-labelledby="after-mobility-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="after-mobility-title">
          {t('report.title')}
        </Title>
        {report ? null : (
          <Text size="sm" c="dimmed">
            {t('report.intro')}
          </Text>
        )}
      </Stack>
      {justSubmitted && report ? <SuccessNotice message={t('report.submitted')} /> : null}
      {report ? (
        <Anchor href={mobilityDocumentUrl(mobility.id, 'certificate.pdf')} download fw={600}>
          {t('report.certificate')}
        </Anchor>
      ) : (
        <Text size="sm">{t('report.certificateHint')}</Text>
      )}
      {report ? (
        <ParticipantReportView report={report} />
      ) : (
        <ParticipantReportForm
          mobilityId={mobility.id}
          version={mobility.version}
          onSubmitted={() => setJustSubmitted(true)}
          onReload={onReload}
        />
      )}
      <HostOutcomesView hostOutcomes={mobility.hostOutcomes} />
    </Stack>
  );
}
