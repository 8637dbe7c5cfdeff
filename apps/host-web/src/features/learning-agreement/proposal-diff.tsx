import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { CHANGE_REASON_CODES } from '@mobilis/domain/learning-agreement/learning-agreement-diff';
import { canonicalJson } from '@mobilis/domain/learning-agreement/proposal-hash';
import { useTranslation } from 'react-i18next';
import { TERM_SECTIONS, type TermLines, useTermSummaries } from './use-term-summaries';

export interface ChangeRowView {
  readonly section: string;
  readonly itemId: string;
  readonly status: string;
  readonly title: string;
  readonly reasonCode: string | null;
  readonly reasonText: string | null;
}

const isReasonCode = (code: string): code is (typeof CHANGE_REASON_CODES)[number] =>
  (CHANGE_REASON_CODES as readonly string[]).includes(code);

/**
 * A change proposal as a readable diff against the agreed content: each learning outcome or
 * activity added or removed (an edited one is removed and added again) with the reason the
 * proposer gave, then every other section that differs, before and proposed.
 */
export function ProposalDiff({
  changes,
  agreed,
  proposed,
}: {
  changes: readonly ChangeRowView[];
  agreed: LearningAgreementContent | null;
  proposed: LearningAgreementContent | null;
}) {
  const { t } = useTranslation('host');
  const summaries = useTermSummaries();
  const changedTerms =
    agreed && proposed
      ? TERM_SECTIONS.filter((section) => canonicalJson(agreed[section]) !== canonicalJson(proposed[section]))
      : [];

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={4} size="h5">
          {t('agreement.proposal.changesTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('agreement.proposal.changesIntro')}
        </Text>
      </Stack>
      {changes.length === 0 ? (
        <Text size="sm">{t('agreement.proposal.noRowChanges')}</Text>
      ) : (
        <List spacing="sm" listStyleType="none" aria-label={t('agreement.proposal.changesLabel')}>
          {changes.map((row) => (
            <List.Item key={`${row.section}:${row.itemId}:${row.status}`}>
              <ChangeRowItem row={row} />
            </List.Item>
          ))}
        </List>
      )}
      {changedTerms.length > 0 && agreed && proposed ? (
        <Stack gap="sm">
          <Title order={4} size="h5">
            {t('agreement.proposal.otherChangesTitle')}
          </Title>
          {changedTerms.map((section) => (
            <Stack key={section} gap={4}>
              <Text size="sm" fw={600}>
                {t(`agreement.content.sections.${section}`)}
              </Text>
              <TermValues kind="before" lines={summaries[section](agreed)} />
              <TermValues kind="proposed" lines={summaries[section](proposed)} />
            </Stack>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

function ChangeRowItem({ row }: { row: ChangeRowView }) {
  const { t } = useTranslation('host');
  const inserted = row.status === 'INSERTED';
  const section =
    row.section === 'learningOutcomes' || row.section === 'activities'
      ? t(`agreement.change.sections.${row.section}`)
      : row.section;
  // Unknown reason codes are tolerated (as in EWP): shown as given.
  const code = row.reasonCode
    ? isReasonCode(row.reasonCode)
      ? t(`agreement.change.reasons.${row.reasonCode}`)
      : row.reasonCode
    : null;
  const reason = [code, row.reasonText].filter(Boolean).join(' – ');
  const Mark = inserted ? 'ins' : 'del';
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="light" color={inserted ? 'green' : 'red'}>
          {inserted ? t('agreement.change.INSERTED') : t('agreement.change.DELETED')}
        </Badge>
        <Text size="sm" c="dimmed">
          {section}
        </Text>
      </Group>
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        <Mark style={{ textDecoration: inserted ? 'none' : 'line-through' }}>{row.title}</Mark>
      </Text>
      <Text size="sm">
        {reason ? t('agreement.change.reason', { reason }) : t('agreement.change.noReason')}
      </Text>
    </Stack>
  );
}

function TermValues({ kind, lines }: { kind: 'before' | 'proposed'; lines: TermLines }) {
  const { t } = useTranslation('host');
  const Mark = kind === 'proposed' ? 'ins' : 'del';
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
      <Text span size="sm" c="dimmed">
        {kind === 'proposed' ? t('agreement.proposal.proposed') : t('agreement.proposal.before')}:
      </Text>{' '}
      <Mark style={{ textDecoration: kind === 'proposed' ? 'none' : 'line-through' }}>
        {lines.map(([label, value]) => (lines.length > 1 ? `${label}: ${value}` : value)).join('\n')}
      </Mark>
    </Text>
  );
}
