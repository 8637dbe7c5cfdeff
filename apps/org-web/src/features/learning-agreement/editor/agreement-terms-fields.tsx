import { Fieldset, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { CEFR_LEVELS } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { useTranslation } from 'react-i18next';
import { type AgreementEditorValues, type MentorValues, PARTIES } from './agreement-editor-values';
import type { EditorFieldsProps } from './editor-field-props';

const MENTOR_ROLES = ['sending', 'host'] as const;
const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/**
 * The agreement's terms: mentors on both sides, language and CEFR level, recognition and
 * monitoring, each party's responsibilities and the participant's current qualification.
 */
export function AgreementTermsFields({ values, update, errorOf }: EditorFieldsProps) {
  const { t } = useTranslation('org');
  const set = (patch: (values: AgreementEditorValues) => Partial<AgreementEditorValues>) =>
    update((previous) => ({ ...previous, ...patch(previous) }));
  const setMentor = (role: (typeof MENTOR_ROLES)[number], patch: Partial<MentorValues>) =>
    set((previous) => ({
      mentors: { ...previous.mentors, [role]: { ...previous.mentors[role], ...patch } },
    }));

  return (
    <>
      <Fieldset legend={t('learningAgreement.editor.mentorsLegend')}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {MENTOR_ROLES.map((role) => {
            const mentor = values.mentors[role];
            const path = `mentors.${role}`;
            return (
              <Fieldset key={role} legend={t(`learningAgreement.editor.mentors.${role}`)} variant="filled">
                <Stack gap="sm">
                  <TextInput
                    label={t('learningAgreement.editor.mentorName')}
                    value={mentor.name}
                    onChange={(event) => setMentor(role, { name: event.currentTarget.value })}
                    error={errorOf(`${path}.name`)}
                  />
                  <TextInput
                    label={t('learningAgreement.editor.mentorRole')}
                    value={mentor.role}
                    onChange={(event) => setMentor(role, { role: event.currentTarget.value })}
                    error={errorOf(`${path}.role`)}
                  />
                  <TextInput
                    type="email"
                    label={t('learningAgreement.editor.mentorEmail')}
                    value={mentor.email}
                    onChange={(event) => setMentor(role, { email: event.currentTarget.value })}
                    error={errorOf(`${path}.email`)}
                  />
                </Stack>
              </Fieldset>
            );
          })}
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('learningAgreement.editor.languageLegend')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('learningAgreement.editor.language')}
            description={t('learningAgreement.editor.languageDescription')}
            value={values.language.language}
            onChange={(event) => {
              const language = event.currentTarget.value;
              set((previous) => ({ language: { ...previous.language, language } }));
            }}
            error={errorOf('language.language')}
          />
          <NativeSelect
            label={t('learningAgreement.editor.cefrLevel')}
            description={t('learningAgreement.editor.cefrDescription')}
            value={values.language.cefrLevel}
            onChange={(event) => {
              const cefrLevel = CEFR_LEVELS.find((level) => level === event.currentTarget.value) ?? '';
              set((previous) => ({ language: { ...previous.language, cefrLevel } }));
            }}
            error={errorOf('language.cefrLevel')}
            data={[
              { value: '', label: t('learningAgreement.editor.notSpecified') },
              ...CEFR_LEVELS.map((level) => ({ value: level, label: level })),
            ]}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('learningAgreement.editor.recognitionLegend')}>
        <Stack gap="sm">
          <Textarea
            label={t('learningAgreement.editor.recognition')}
            description={t('learningAgreement.editor.recognitionDescription')}
            rows={3}
            value={values.recognition}
            onChange={(event) => {
              const recognition = event.currentTarget.value;
              set(() => ({ recognition }));
            }}
            error={errorOf('recognition')}
          />
          <Textarea
            label={t('learningAgreement.editor.monitoring')}
            description={t('learningAgreement.editor.monitoringDescription')}
            rows={3}
            value={values.monitoring}
            onChange={(event) => {
              const monitoring = event.currentTarget.value;
              set(() => ({ monitoring }));
            }}
            error={errorOf('monitoring')}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('learningAgreement.editor.responsibilitiesLegend')}>
        <Stack gap="sm">
          {PARTIES.map((party) => (
            <Textarea
              key={party}
              label={t(`learningAgreement.editor.responsibilities.${party}`)}
              rows={3}
              value={values.responsibilities[party]}
              onChange={(event) => {
                const text = event.currentTarget.value;
                set((previous) => ({ responsibilities: { ...previous.responsibilities, [party]: text } }));
              }}
              error={errorOf(`responsibilities.${party}`)}
            />
          ))}
        </Stack>
      </Fieldset>

      <Fieldset legend={t('learningAgreement.editor.qualificationLegend')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('learningAgreement.editor.qualification')}
            description={t('learningAgreement.editor.qualificationDescription')}
            value={values.qualification.current}
            onChange={(event) => {
              const current = event.currentTarget.value;
              set((previous) => ({ qualification: { ...previous.qualification, current } }));
            }}
            error={errorOf('qualification.current')}
          />
          <NativeSelect
            label={t('learningAgreement.editor.eqfLevel')}
            value={String(values.qualification.eqfLevel)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              const eqfLevel = value === '' ? '' : Number(value);
              set((previous) => ({ qualification: { ...previous.qualification, eqfLevel } }));
            }}
            error={errorOf('qualification.eqfLevel')}
            data={[
              { value: '', label: t('learningAgreement.editor.notSpecified') },
              ...EQF_LEVELS.map((level) => ({
                value: String(level),
                label: t('learningAgreement.editor.eqfOption', { level }),
              })),
            ]}
          />
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
