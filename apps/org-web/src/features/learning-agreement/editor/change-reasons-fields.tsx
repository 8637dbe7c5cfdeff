import { Fieldset, List, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { CHANGE_REASON_CODES } from '@mobilis/domain/learning-agreement/learning-agreement-diff';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgreementTexts } from '../use-agreement-texts';
import type { ChangeEntry, ReasonValues } from './agreement-editor-values';

export interface ChangeReasonsFieldsProps {
  /** Whether an agreed version exists to compare with. */
  hasAgreed: boolean;
  /** The changes of the form against the agreed version; `null` while the form has problems. */
  entries: readonly ChangeEntry[] | null;
  reasons: Readonly<Record<string, ReasonValues>>;
  onReason: (key: string, reason: ReasonValues) => void;
}

const EMPTY_REASON: ReasonValues = { code: '', text: '' };

/**
 * The readable diff of what will be proposed against the agreed version — each learning outcome
 * or activity added, removed or changed — with a reason code and text for each, as in EWP.
 */
export function ChangeReasonsFields({ hasAgreed, entries, reasons, onReason }: ChangeReasonsFieldsProps) {
  const { t } = useTranslation('org');
  const texts = useAgreementTexts();
  const titleId = useId();
  const body = () => {
    if (!hasAgreed) return <Text size="sm">{t('learningAgreement.editor.changesFirst')}</Text>;
    if (!entries) return <Text size="sm">{t('learningAgreement.editor.changesWaiting')}</Text>;
    if (entries.length === 0) return <Text size="sm">{t('learningAgreement.editor.changesNone')}</Text>;
    return (
      <Stack gap="sm">
        <Text size="sm">{t('learningAgreement.editor.changesIntro')}</Text>
        {entries.map((entry) => {
          const reason = reasons[entry.key] ?? EMPTY_REASON;
          const kind = entry.inserted && entry.deleted ? 'changed' : entry.inserted ? 'inserted' : 'deleted';
          const title = entry.inserted?.title ?? entry.deleted?.title ?? entry.itemId;
          return (
            <Fieldset
              key={`${entry.section}:${entry.itemId}`}
              variant="filled"
              legend={t(`learningAgreement.editor.changeLegend.${kind}`, {
                section: texts.sectionInline(entry.section),
                title,
              })}
            >
              <Stack gap="sm">
                <List size="sm" spacing={2}>
                  {entry.deleted ? (
                    <List.Item>
                      {t('learningAgreement.editor.changeDeleted', { title: entry.deleted.title })}
                    </List.Item>
                  ) : null}
                  {entry.inserted ? (
                    <List.Item>
                      {t('learningAgreement.editor.changeInserted', { title: entry.inserted.title })}
                    </List.Item>
                  ) : null}
                </List>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <NativeSelect
                    label={t('learningAgreement.editor.reasonCode')}
                    value={reason.code}
                    onChange={(event) => onReason(entry.key, { ...reason, code: event.currentTarget.value })}
                    data={[
                      { value: '', label: t('learningAgreement.editor.reasonNone') },
                      ...CHANGE_REASON_CODES.map((code) => ({ value: code, label: texts.reason(code) })),
                    ]}
                  />
                  <TextInput
                    label={t('learningAgreement.editor.reasonText')}
                    maxLength={1000}
                    value={reason.text}
                    onChange={(event) => onReason(entry.key, { ...reason, text: event.currentTarget.value })}
                  />
                </SimpleGrid>
              </Stack>
            </Fieldset>
          );
        })}
      </Stack>
    );
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId}>
        {t('learningAgreement.editor.changesTitle')}
      </Title>
      {body()}
    </Stack>
  );
}
