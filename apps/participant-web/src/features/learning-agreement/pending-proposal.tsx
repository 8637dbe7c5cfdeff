import { Blockquote, Group, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import type { AgreementActionOutcome } from './agreement-action-outcome';
import { type AgreementAction, AgreementOutcomeNotice } from './agreement-outcome-notice';
import { AskForChangesButton } from './ask-for-changes-button';
import { LearningProgramme } from './learning-programme';
import { parseAgreementContent } from './parse-agreement-content';
import { ProposalChanges } from './proposal-changes';
import { SignAgreementButton } from './sign-agreement-button';
import { SignatureList } from './signature-list';

export const PendingProposalFragment = graphql(`
  fragment PendingProposal_mobility on Mobility {
    id
    learningAgreement {
      firstVersion {
        hash
        content
      }
      approvedChanges {
        hash
        content
      }
      proposal {
        hash
        content
        proposedBy
        proposedAt
        awaiting
        changes {
          section
          itemId
          status
          title
          reasonCode
          reasonText
        }
        signatures {
          role
          name
          signedAt
        }
        comment {
          text
          by
          at
        }
      }
    }
  }
`);

export interface PendingProposalProps {
  mobility: FragmentType<typeof PendingProposalFragment>;
  /** Loads the mobility again from the server (after the proposal changed under the viewer). */
  onReload: () => void;
}

/**
 * The pending proposal: for a change, what changes (rows added or removed with reasons, other
 * sections before and after); for a first agreement, the whole content. When it awaits the
 * participant, they sign exactly the version shown (its hash) or ask for changes.
 */
export function PendingProposal({ mobility: mobilityRef, onReload }: PendingProposalProps) {
  const mobility = getFragmentData(PendingProposalFragment, mobilityRef);
  const { t } = useTranslation('participant');
  const format = useFormatters();
  const [last, setLast] = useState<{ action: AgreementAction; outcome: AgreementActionOutcome } | null>(null);
  const report = (action: AgreementAction) => (outcome: AgreementActionOutcome) => {
    setLast({ action, outcome });
    if (outcome.kind === 'stale') onReload();
  };
  const { firstVersion, approvedChanges, proposal } = mobility.learningAgreement;
  const notice = last ? <AgreementOutcomeNotice action={last.action} outcome={last.outcome} /> : null;
  if (!proposal) return notice;

  const agreedVersion = approvedChanges ?? firstVersion;
  const isChange = agreedVersion !== null && agreedVersion !== undefined;
  const proposed = parseAgreementContent(proposal.content);
  const agreed = parseAgreementContent(agreedVersion?.content);
  const awaitsMe = proposal.awaiting === 'PARTICIPANT';
  return (
    <Stack gap="md" component="section" aria-labelledby="proposal-title">
      <Title order={2} size="h3" id="proposal-title">
        {isChange ? t('agreement.proposal.titleChange') : t('agreement.proposal.titleFirst')}
      </Title>
      {notice}
      <Text size="sm">
        {t('agreement.proposal.proposedBy', {
          party: t(
            `agreement.proposal.proposers.${proposal.proposedBy === 'PARTICIPANT' ? 'PARTICIPANT' : 'SENDING'}`,
          ),
          date: format.dateTime(proposal.proposedAt),
        })}{' '}
        {awaitsMe
          ? t('agreement.proposal.awaitingYou')
          : proposal.awaiting
            ? t('agreement.proposal.awaitingOther', { party: t(`agreement.parties.${proposal.awaiting}`) })
            : null}
      </Text>
      {proposal.comment ? (
        <Blockquote
          color="yellow"
          p="sm"
          cite={t('agreement.proposal.comment', {
            by: proposal.comment.by,
            date: format.dateTime(proposal.comment.at),
          })}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {proposal.comment.text}
          </Text>
        </Blockquote>
      ) : null}
      {!proposed ? (
        <Text c="dimmed">{t('agreement.proposal.unreadable')}</Text>
      ) : isChange ? (
        <>
          <Text size="sm" c="dimmed">
            {t('agreement.proposal.introChange')}
          </Text>
          <ProposalChanges changes={proposal.changes} agreed={agreed} proposed={proposed} />
        </>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('agreement.proposal.introFirst')}
          </Text>
          <LearningProgramme content={proposed} withMentors />
        </>
      )}
      {proposal.signatures.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('agreement.proposal.signedSoFar')}
          </Text>
          <SignatureList signatures={proposal.signatures} />
        </Stack>
      ) : null}
      {awaitsMe && proposed ? (
        <Group gap="sm" wrap="wrap">
          <SignAgreementButton
            mobilityId={mobility.id}
            proposalHash={proposal.hash}
            onOutcome={report('sign')}
          />
          <AskForChangesButton
            mobilityId={mobility.id}
            proposalHash={proposal.hash}
            onOutcome={report('askForChanges')}
          />
        </Group>
      ) : null}
    </Stack>
  );
}
