import { Accordion, Alert, Anchor, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { PlacementNotice } from '../placements/placement-notice';
import { AgreementContentView } from './agreement-content-view';
import { AgreementSignatures } from './agreement-signatures';
import { CommentAgreementForm } from './comment-agreement-form';
import { parseAgreementContent, shortVersion } from './parse-agreement-content';
import { ProposalDiff } from './proposal-diff';
import { SignAgreementForm } from './sign-agreement-form';
import { useAgreementNotice } from './use-agreement-notice';

export const LearningAgreementSectionFragment = graphql(`
  fragment LearningAgreementSection_mobility on Mobility {
    id
    status
    participant {
      displayName
    }
    learningAgreement {
      firstVersion {
        hash
        content
        signatures {
          role
          name
          position
          signedAt
        }
      }
      approvedChanges {
        hash
        content
        signatures {
          role
          name
          position
          signedAt
        }
      }
      proposal {
        hash
        awaiting
        content
        proposedAt
        proposedBy
        changes {
          section
          itemId
          status
          title
          reasonCode
          reasonText
        }
        comment {
          text
          at
          proposalHash
        }
        signatures {
          role
          name
          position
          signedAt
        }
      }
    }
  }
`);

/** Where the API serves the agreement as a PDF: from the origin, outside the app's `/host/` base. */
export function learningAgreementPdfPath(mobilityId: string): string {
  return `/documents/mobilities/${encodeURIComponent(mobilityId)}/learning-agreement.pdf`;
}

/** Placements the host is no longer part of: without an agreement, nothing to show. */
const ENDED: ReadonlySet<string> = new Set(['DECLINED', 'CANCELLED']);

export interface LearningAgreementSectionProps {
  mobility: FragmentType<typeof LearningAgreementSectionFragment>;
  /** Loads the placement again (after the proposal changed meanwhile, or the workflow refused). */
  onReload: () => void;
}

/**
 * The learning agreement of a placement: a proposal the participant and the sending organisation
 * approved, as a readable diff, with "Sign" and "Ask for changes" while it awaits the host; then
 * the agreed content with its signatures, and the PDF.
 */
export function LearningAgreementSection(props: LearningAgreementSectionProps) {
  const mobility = getFragmentData(LearningAgreementSectionFragment, props.mobility);
  const { t } = useTranslation('host');
  const format = useFormatters();
  const { notice, handle } = useAgreementNotice(props.onReload);
  // The comment just sent, shown until the reloaded proposal carries it.
  const [sent, setSent] = useState<{ hash: string; text: string } | null>(null);

  const { firstVersion, approvedChanges, proposal } = mobility.learningAgreement;
  const agreedVersion = approvedChanges ?? firstVersion;
  const agreed = parseAgreementContent(agreedVersion?.content);
  const proposed = proposal ? parseAgreementContent(proposal.content) : null;
  if (!agreedVersion && !proposal && ENDED.has(mobility.status)) return null;

  const awaitingHost = proposal?.awaiting === 'HOST';
  // The host's comment on this very proposal: waiting for a revision, unless the participant and
  // the sending organisation approved it again unchanged (then it awaits the host once more).
  const comment = proposal?.comment?.proposalHash === proposal?.hash ? (proposal?.comment ?? null) : null;
  const justSent = proposal && sent?.hash === proposal.hash ? sent.text : null;
  const asked = justSent ?? (comment && !awaitingHost ? comment.text : null);
  const askedBefore = !justSent && comment && awaitingHost ? comment.text : null;

  return (
    <Card withBorder component="section" aria-labelledby="agreement-title" padding="lg">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} size="h3" id="agreement-title">
            {t('agreement.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('agreement.intro')}
          </Text>
        </Stack>
        {agreedVersion || proposal ? (
          <Group>
            <Anchor href={learningAgreementPdfPath(mobility.id)} size="sm">
              {t('agreement.pdf')}
            </Anchor>
          </Group>
        ) : null}
        <PlacementNotice notice={notice} />
        {!agreedVersion && !proposal ? <Text size="sm">{t('agreement.none')}</Text> : null}

        {proposal ? (
          <Stack gap="md" component="section" aria-labelledby="agreement-proposal-title">
            <Stack gap={4}>
              <Title order={3} size="h4" id="agreement-proposal-title">
                {awaitingHost
                  ? t('agreement.proposal.awaitingTitle')
                  : t('agreement.proposal.commentedTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('agreement.proposal.proposedBy', {
                  party:
                    proposal.proposedBy === 'PARTICIPANT'
                      ? t('agreement.proposal.proposers.PARTICIPANT')
                      : t('agreement.proposal.proposers.SENDING'),
                  date: format.date(proposal.proposedAt),
                  version: shortVersion(proposal.hash),
                })}
              </Text>
              {awaitingHost ? <Text size="sm">{t('agreement.proposal.awaitingIntro')}</Text> : null}
            </Stack>
            {asked !== null ? (
              <Alert role="status" color="blue" variant="light">
                {t('agreement.proposal.asked', { text: asked })}
              </Alert>
            ) : null}
            {askedBefore !== null ? (
              <Text size="sm">{t('agreement.proposal.askedBefore', { text: askedBefore })}</Text>
            ) : null}
            {agreedVersion ? (
              <>
                <ProposalDiff changes={proposal.changes} agreed={agreed} proposed={proposed} />
                {proposed ? (
                  <Accordion variant="contained">
                    <Accordion.Item value="whole">
                      <Accordion.Control>{t('agreement.proposal.wholeProposal')}</Accordion.Control>
                      <Accordion.Panel>
                        <AgreementContentView content={proposed} headingOrder={5} />
                      </Accordion.Panel>
                    </Accordion.Item>
                  </Accordion>
                ) : null}
              </>
            ) : (
              <>
                <Text size="sm">{t('agreement.proposal.firstProposal')}</Text>
                {proposed ? <AgreementContentView content={proposed} /> : null}
              </>
            )}
            {proposed ? null : <Text size="sm">{t('agreement.unreadable')}</Text>}
            <AgreementSignatures signatures={proposal.signatures} />
            {awaitingHost ? (
              <Group gap="sm" wrap="wrap">
                {proposed ? (
                  <SignAgreementForm
                    mobilityId={mobility.id}
                    proposalHash={proposal.hash}
                    participantName={mobility.participant.displayName}
                    outcomeCount={proposed.learningOutcomes.length}
                    activityCount={proposed.activities.length}
                    signedBy={proposal.signatures.map((s) => t(`agreement.signatures.roles.${s.role}`))}
                    onOutcome={handle(t('agreement.sign.done'))}
                  />
                ) : null}
                <CommentAgreementForm
                  mobilityId={mobility.id}
                  proposalHash={proposal.hash}
                  onCommented={(text) => setSent({ hash: proposal.hash, text })}
                  onOutcome={handle(null)}
                />
              </Group>
            ) : null}
          </Stack>
        ) : null}

        {proposal && agreedVersion ? <Divider /> : null}

        {agreedVersion ? (
          <Stack gap="md" component="section" aria-labelledby="agreement-agreed-title">
            <Stack gap={4}>
              <Title order={3} size="h4" id="agreement-agreed-title">
                {approvedChanges ? t('agreement.agreed.approvedChanges') : t('agreement.agreed.firstVersion')}
              </Title>
              <Text size="sm" c="dimmed">
                {approvedChanges
                  ? t('agreement.agreed.approvedChangesIntro')
                  : t('agreement.agreed.firstVersionIntro')}
              </Text>
            </Stack>
            {agreed ? (
              <AgreementContentView content={agreed} />
            ) : (
              <Text size="sm">{t('agreement.unreadable')}</Text>
            )}
            <AgreementSignatures signatures={agreedVersion.signatures} />
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
