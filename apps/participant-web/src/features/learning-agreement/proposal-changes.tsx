import { Badge, DataList, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { CHANGE_REASON_CODES } from '@mobilis/domain/learning-agreement/learning-agreement-diff';
import { useTranslation } from 'react-i18next';
import { ActivityDetails } from './activity-schedule';
import { OutcomeDetails } from './outcome-list';
import { OTHER_SECTIONS, useSectionSummaries } from './use-section-summaries';

export interface ChangeRowItem {
  readonly section: string;
  readonly itemId: string;
  readonly status: string;
  readonly title: string;
  readonly reasonCode?: string | null;
  readonly reasonText?: string | null;
}

export interface ProposalChangesProps {
  changes: readonly ChangeRowItem[];
  /** The content signed last; `null` when it cannot be read (rows then show their titles only). */
  agreed: LearningAgreementContent | null;
  proposed: LearningAgreementContent;
}

const isKnownReason = (code: string): code is (typeof CHANGE_REASON_CODES)[number] =>
  (CHANGE_REASON_CODES as readonly string[]).includes(code);

function RowDetails({ row, content }: { row: ChangeRowItem; content: LearningAgreementContent | null }) {
  if (row.section === 'learningOutcomes') {
    const outcome = content?.learningOutcomes.find((item) => item.id === row.itemId);
    if (outcome) return <OutcomeDetails outcome={outcome} />;
  }
  if (row.section === 'activities') {
    const activity = content?.activities.find((item) => item.id === row.itemId);
    if (activity) return <ActivityDetails activity={activity} />;
  }
  return <Text fw={600}>{row.title}</Text>;
}

/**
 * The readable diff of a change proposal, as EWP has it: each learning outcome or activity added
 * or removed (an edit is a removal plus an addition) with its reason, then every other section
 * whose text changed, before and proposed.
 */
export function ProposalChanges({ changes, agreed, proposed }: ProposalChangesProps) {
  const { t } = useTranslation('participant');
  const summary = useSectionSummaries();
  const reasonLabel = (code: string) =>
    isKnownReason(code) ? t(`agreement.proposal.reasonCodes.${code}`) : code;
  const sectionLabel = (section: string) =>
    section === 'learningOutcomes' || section === 'activities'
      ? t(`agreement.proposal.sections.${section}`)
      : section;
  const otherChanges = agreed
    ? OTHER_SECTIONS.filter((key) => JSON.stringify(agreed[key]) !== JSON.stringify(proposed[key]))
    : [];
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('agreement.proposal.changesTitle')}
        </Title>
        {changes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agreement.proposal.noRowChanges')}
          </Text>
        ) : (
          <List spacing="sm" listStyleType="none" withPadding={false}>
            {changes.map((row) => {
              const inserted = row.status === 'INSERTED';
              const reason = [row.reasonCode ? reasonLabel(row.reasonCode) : null, row.reasonText]
                .filter(Boolean)
                .join(' – ');
              return (
                <List.Item key={`${row.section}:${row.itemId}:${row.status}`}>
                  <Paper
                    withBorder
                    p="sm"
                    style={{
                      borderLeftWidth: 4,
                      borderLeftColor: inserted
                        ? 'var(--mantine-color-green-6)'
                        : 'var(--mantine-color-red-6)',
                    }}
                  >
                    <Stack gap="xs">
                      <Group gap="xs" wrap="wrap">
                        <Badge color={inserted ? 'green' : 'red'} variant="light" miw="max-content">
                          {inserted
                            ? t('agreement.proposal.statuses.INSERTED')
                            : t('agreement.proposal.statuses.DELETED')}
                        </Badge>
                        <Text size="sm" c="dimmed">
                          {sectionLabel(row.section)}
                        </Text>
                      </Group>
                      <RowDetails row={row} content={inserted ? proposed : agreed} />
                      {reason ? (
                        <Text size="sm">
                          <Text span fw={600} inherit>
                            {t('agreement.proposal.reason')}:
                          </Text>{' '}
                          {reason}
                        </Text>
                      ) : null}
                    </Stack>
                  </Paper>
                </List.Item>
              );
            })}
          </List>
        )}
      </Stack>
      {otherChanges.length > 0 && agreed ? (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('agreement.proposal.otherChangesTitle')}
          </Title>
          {otherChanges.map((key) => (
            <Paper key={key} withBorder p="sm">
              <Stack gap="xs">
                <Text fw={600} size="sm">
                  {t(`agreement.proposal.otherSections.${key}`)}
                </Text>
                <DataList size="sm" orientation="vertical" gap="xs">
                  <DataList.Item>
                    <DataList.ItemLabel>{t('agreement.proposal.before')}</DataList.ItemLabel>
                    <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>
                      <del>{summary.section(key, agreed)}</del>
                    </DataList.ItemValue>
                  </DataList.Item>
                  <DataList.Item>
                    <DataList.ItemLabel>{t('agreement.proposal.proposed')}</DataList.ItemLabel>
                    <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>
                      <ins>{summary.section(key, proposed)}</ins>
                    </DataList.ItemValue>
                  </DataList.Item>
                </DataList>
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
