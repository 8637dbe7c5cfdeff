import { Alert, Anchor, Blockquote, Button, Group, Stack, Text, Title } from '@mantine/core';
import { MOBILITY_STATUSES } from '@mobilis/domain/mobility/mobility-status';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { AgreementChangesTable } from './agreement-changes-table';
import {
  AGREEMENT_OPEN_STATUSES,
  CERTIFICATE_STATUSES,
  documentUrl,
  parseAgreementContent,
  versionCode,
} from './agreement-content';
import { AgreementContentView } from './agreement-content-view';
import type { AgreementOutcome } from './agreement-outcome';
import { AgreementSignatureList } from './agreement-signature-list';
import { SignAgreementButton } from './sign-agreement-button';
import { useAgreementTexts } from './use-agreement-texts';

export const LearningAgreementSectionFragment = graphql(`
  fragment LearningAgreementSection_mobility on Mobility {
    id
    status
    participant {
      id
      displayName
    }
    sendingOrganisation {
      id
      name
    }
    learningAgreement {
      firstVersion {
        hash
        content
        signatures {
          ...AgreementSignatureList_signature
        }
      }
      approvedChanges {
        hash
        content
        signatures {
          ...AgreementSignatureList_signature
        }
      }
      proposal {
        hash
        content
        proposedAt
        proposedBy
        awaiting
        comment {
          text
          by
          at
        }
        signatures {
          ...AgreementSignatureList_signature
        }
        changes {
          section
          itemId
          status
          title
          ...AgreementChangesTable_row
        }
      }
    }
  }
`);

/** Location state the editor leaves when it proposed, so this section can say so. */
export interface AgreementLocationState {
  readonly learningAgreement?: 'proposed';
}

type Notice = { readonly kind: 'success' | 'problem'; readonly text: string };

export interface LearningAgreementSectionProps {
  mobility: FragmentType<typeof LearningAgreementSectionFragment>;
  /** Loads the mobility again (after signing, or when the proposal changed meanwhile). */
  onReload: () => void;
}

/**
 * The learning agreement at a glance: the agreed version with its signatures, the pending
 * proposal with whose turn it is, the comment asking for changes and the readable diff (or the
 * whole content of a first proposal), signing for the sending organisation, and the documents.
 */
export function LearningAgreementSection(props: LearningAgreementSectionProps) {
  const mobility = getFragmentData(LearningAgreementSectionFragment, props.mobility);
  const { t } = useTranslation('org');
  const texts = useAgreementTexts();
  const format = useFormatters();
  const location = useLocation();
  const id = useId();
  const proposedNow = (location.state as AgreementLocationState | null)?.learningAgreement === 'proposed';
  const [notice, setNotice] = useState<Notice | null>(
    proposedNow ? { kind: 'success', text: t('learningAgreement.section.proposed') } : null,
  );
  const [showAgreed, setShowAgreed] = useState(false);
  const [showProposal, setShowProposal] = useState(false);

  const { firstVersion, approvedChanges, proposal } = mobility.learningAgreement;
  const agreed = approvedChanges ?? firstVersion;
  const agreedContent = parseAgreementContent(agreed?.content);
  const proposalContent = parseAgreementContent(proposal?.content);
  const open = AGREEMENT_OPEN_STATUSES.has(mobility.status);
  const nothing = !agreed && !proposal;
  const status = MOBILITY_STATUSES.find((candidate) => candidate === mobility.status);

  const onSigned = (outcome: AgreementOutcome) => {
    if (outcome.kind === 'ok') {
      setNotice({ kind: 'success', text: t('learningAgreement.section.signed') });
    } else {
      setNotice({ kind: 'problem', text: texts.outcome(outcome) ?? t('learningAgreement.problems.generic') });
    }
    if (outcome.kind !== 'transport') props.onReload();
  };

  const signSummary =
    proposal && agreed
      ? proposal.changes.map((row) => ({
          key: `${row.section}:${row.itemId}:${row.status}`,
          text: t(
            row.status === 'INSERTED'
              ? 'learningAgreement.sign.summaryInserted'
              : 'learningAgreement.sign.summaryDeleted',
            { section: texts.sectionInline(row.section), title: row.title },
          ),
        }))
      : (proposalContent?.learningOutcomes.map((outcome) => ({
          key: outcome.id,
          text: t('learningAgreement.sign.summaryOutcome', { title: outcome.title }),
        })) ?? []);

  return (
    <Stack gap="md" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} id={`${id}-title`}>
        {t('learningAgreement.section.title')}
      </Title>
      {notice?.kind === 'success' ? (
        <Alert role="status" color="green" variant="light">
          {notice.text}
        </Alert>
      ) : null}
      {notice?.kind === 'problem' ? (
        <ErrorAlert title={null} focusOnMount>
          {notice.text}
        </ErrorAlert>
      ) : null}

      {nothing ? (
        <Text>{t('learningAgreement.section.none', { participant: mobility.participant.displayName })}</Text>
      ) : null}

      {agreed ? (
        <Stack gap="xs" component="section" aria-labelledby={`${id}-agreed`}>
          <Title order={3} size="h4" id={`${id}-agreed`}>
            {t('learningAgreement.section.agreedTitle')}
          </Title>
          <Text size="sm">
            {approvedChanges
              ? t('learningAgreement.section.agreedChanges')
              : t('learningAgreement.section.agreedFirst')}{' '}
            <Text span size="sm" c="dimmed">
              {t('learningAgreement.section.versionCode', { code: versionCode(agreed.hash) })}
            </Text>
          </Text>
          <AgreementSignatureList
            signatures={agreed.signatures}
            emptyText={t('learningAgreement.signatures.none')}
          />
          {agreedContent ? (
            <>
              <Button
                variant="subtle"
                size="compact-sm"
                style={{ alignSelf: 'flex-start' }}
                aria-expanded={showAgreed}
                aria-controls={`${id}-agreed-content`}
                onClick={() => setShowAgreed((shown) => !shown)}
              >
                {showAgreed
                  ? t('learningAgreement.section.hideAgreed')
                  : t('learningAgreement.section.showAgreed')}
              </Button>
              <div id={`${id}-agreed-content`} hidden={!showAgreed}>
                {showAgreed ? <AgreementContentView content={agreedContent} headingOrder={4} /> : null}
              </div>
            </>
          ) : null}
        </Stack>
      ) : null}

      {proposal ? (
        <Stack gap="xs" component="section" aria-labelledby={`${id}-proposal`}>
          <Title order={3} size="h4" id={`${id}-proposal`}>
            {agreed
              ? t('learningAgreement.section.changeProposalTitle')
              : t('learningAgreement.section.proposalTitle')}
          </Title>
          <Text size="sm">
            {proposal.proposedBy === 'PARTICIPANT'
              ? t('learningAgreement.section.proposedByParticipant', {
                  date: format.dateTime(proposal.proposedAt),
                })
              : t('learningAgreement.section.proposedBySending', {
                  date: format.dateTime(proposal.proposedAt),
                })}{' '}
            <Text span size="sm" c="dimmed">
              {t('learningAgreement.section.versionCode', { code: versionCode(proposal.hash) })}
            </Text>
          </Text>
          {proposal.awaiting ? (
            <Stack gap={2}>
              <Text fw={600}>
                {t('learningAgreement.section.awaiting', { party: texts.party(proposal.awaiting) })}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`learningAgreement.section.awaitingHint.${proposal.awaiting}`)}
              </Text>
            </Stack>
          ) : null}
          {proposal.comment ? (
            <Alert
              role="note"
              color="yellow"
              variant="light"
              title={t('learningAgreement.section.commentTitle')}
            >
              <Stack gap="xs">
                <Text size="sm">
                  {t('learningAgreement.section.commentBy', {
                    name: proposal.comment.by,
                    date: format.dateTime(proposal.comment.at),
                  })}
                </Text>
                <Blockquote p="xs" style={{ whiteSpace: 'pre-line' }}>
                  {proposal.comment.text}
                </Blockquote>
                {open ? <Text size="sm">{t('learningAgreement.section.commentHint')}</Text> : null}
              </Stack>
            </Alert>
          ) : null}
          <Title order={4} size="h5">
            {t('learningAgreement.section.signaturesTitle')}
          </Title>
          <AgreementSignatureList
            signatures={proposal.signatures}
            emptyText={t('learningAgreement.signatures.noneYet')}
          />
          {agreed ? (
            <>
              <AgreementChangesTable rows={proposal.changes} />
              {proposalContent ? (
                <>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    style={{ alignSelf: 'flex-start' }}
                    aria-expanded={showProposal}
                    aria-controls={`${id}-proposal-content`}
                    onClick={() => setShowProposal((shown) => !shown)}
                  >
                    {showProposal
                      ? t('learningAgreement.section.hideProposal')
                      : t('learningAgreement.section.showProposal')}
                  </Button>
                  <div id={`${id}-proposal-content`} hidden={!showProposal}>
                    {showProposal ? (
                      <AgreementContentView content={proposalContent} headingOrder={4} />
                    ) : null}
                  </div>
                </>
              ) : null}
            </>
          ) : proposalContent ? (
            <AgreementContentView content={proposalContent} headingOrder={4} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('learningAgreement.section.unreadable')}
            </Text>
          )}
          {open && proposal.awaiting === 'SENDING' ? (
            <Group>
              <SignAgreementButton
                mobilityId={mobility.id}
                proposalHash={proposal.hash}
                proposedAt={proposal.proposedAt}
                organisationName={mobility.sendingOrganisation.name}
                summary={signSummary}
                onOutcome={onSigned}
              />
            </Group>
          ) : null}
        </Stack>
      ) : null}

      {open ? (
        <Group>
          <Button
            component={Link}
            to={`/mobilities/${encodeURIComponent(mobility.id)}/learning-agreement/edit`}
            variant={nothing ? 'filled' : 'default'}
          >
            {nothing ? t('learningAgreement.section.draft') : t('learningAgreement.section.edit')}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('learningAgreement.section.closed', {
            status: status ? t(`mobilities.statuses.${status}`) : mobility.status,
          })}
        </Text>
      )}

      {!nothing || CERTIFICATE_STATUSES.has(mobility.status) ? (
        <Stack gap="xs" component="section" aria-labelledby={`${id}-documents`}>
          <Title order={3} size="h4" id={`${id}-documents`}>
            {t('learningAgreement.section.documentsTitle')}
          </Title>
          <Group gap="lg">
            {!nothing ? (
              <Anchor href={documentUrl(mobility.id, 'learning-agreement.pdf')}>
                {t('learningAgreement.section.agreementPdf')}
              </Anchor>
            ) : null}
            {CERTIFICATE_STATUSES.has(mobility.status) ? (
              <Anchor href={documentUrl(mobility.id, 'certificate.pdf')}>
                {t('learningAgreement.section.certificatePdf')}
              </Anchor>
            ) : null}
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}
