import { DataList, List, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface AgreementContentViewProps {
  content: LearningAgreementContent;
  /** The level of this view's headings under the surrounding ones. */
  headingOrder: TitleOrder;
}

type Mentor = LearningAgreementContent['mentors']['sending'];

/** The whole content of a version or proposal, read-only, in the order of the KA1 template. */
export function AgreementContentView({ content, headingOrder }: AgreementContentViewProps) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const heading = (text: string) => (
    <Title order={headingOrder} size="h5">
      {text}
    </Title>
  );
  const notGiven = (
    <Text span size="sm" c="dimmed">
      {t('learningAgreement.content.notGiven')}
    </Text>
  );
  const item = (label: string, value: ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue style={{ whiteSpace: 'pre-line' }}>{value ?? notGiven}</DataList.ItemValue>
    </DataList.Item>
  );
  const mentor = (value: Mentor) =>
    value
      ? [value.name, value.role, value.email].filter((part): part is string => Boolean(part)).join(', ')
      : null;
  const { language, qualification, responsibilities } = content;

  return (
    <Stack gap="sm">
      {heading(t('learningAgreement.content.outcomesTitle'))}
      <List type="ordered" spacing="xs" size="sm">
        {content.learningOutcomes.map((outcome) => (
          <List.Item key={outcome.id}>
            <Text span size="sm" fw={600}>
              {outcome.title}
            </Text>{' '}
            <Text span size="sm" c="dimmed">
              ({t(`learningAgreement.kinds.${outcome.kind}`)})
            </Text>
            {outcome.description ? (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {outcome.description}
              </Text>
            ) : null}
            {outcome.assessmentMethod ? (
              <Text size="sm">
                {t('learningAgreement.content.assessment', { method: outcome.assessmentMethod })}
              </Text>
            ) : null}
          </List.Item>
        ))}
      </List>

      {heading(t('learningAgreement.content.activitiesTitle'))}
      {content.activities.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('learningAgreement.content.noActivities')}
        </Text>
      ) : (
        <List spacing="xs" size="sm">
          {content.activities.map((activity) => (
            <List.Item key={activity.id}>
              <Text span size="sm" fw={600}>
                {t('learningAgreement.content.dateRange', {
                  start: format.date(activity.startDate),
                  end: format.date(activity.endDate),
                })}
              </Text>
              {activity.place ? `, ${activity.place}` : ''}
              {activity.hours !== null
                ? `, ${t('learningAgreement.content.hours', { count: activity.hours, hours: format.number(activity.hours) })}`
                : ''}
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {activity.description}
              </Text>
            </List.Item>
          ))}
        </List>
      )}

      {heading(t('learningAgreement.content.termsTitle'))}
      <DataList labelWidth="16rem" gap="xs">
        {item(t('learningAgreement.content.sendingMentor'), mentor(content.mentors.sending))}
        {item(t('learningAgreement.content.hostMentor'), mentor(content.mentors.host))}
        {item(
          t('learningAgreement.content.language'),
          language
            ? language.cefrLevel
              ? t('learningAgreement.content.languageLevel', {
                  language: language.language,
                  level: language.cefrLevel,
                })
              : language.language
            : null,
        )}
        {item(t('learningAgreement.content.recognition'), content.recognition)}
        {item(t('learningAgreement.content.monitoring'), content.monitoring)}
        {item(t('learningAgreement.content.responsibilities.participant'), responsibilities.participant)}
        {item(t('learningAgreement.content.responsibilities.sending'), responsibilities.sending)}
        {item(t('learningAgreement.content.responsibilities.host'), responsibilities.host)}
        {item(
          t('learningAgreement.content.qualification'),
          qualification.current || qualification.eqfLevel
            ? [
                qualification.current,
                qualification.eqfLevel
                  ? t('learningAgreement.content.eqfLevel', { level: qualification.eqfLevel })
                  : null,
              ]
                .filter(Boolean)
                .join(', ')
            : null,
        )}
      </DataList>
    </Stack>
  );
}
