import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

type Mentor = LearningAgreementContent['mentors']['sending'];

/** The agreement's sections besides outcomes and activities (the diff compares them as wholes). */
export const OTHER_SECTIONS = [
  'mentors',
  'language',
  'recognition',
  'monitoring',
  'responsibilities',
  'qualification',
] as const;

export type OtherSection = (typeof OTHER_SECTIONS)[number];

/** Each section as one readable text, for the terms list and for "before / proposed" in a diff. */
export function useSectionSummaries() {
  const { t } = useTranslation('participant');
  return useMemo(() => {
    const none = t('agreement.programme.notStated');
    const mentor = (person: Mentor) =>
      person ? [person.name, person.role, person.email].filter(Boolean).join(', ') : none;
    const language = (content: LearningAgreementContent) =>
      !content.language
        ? none
        : content.language.cefrLevel
          ? t('agreement.programme.languageWithLevel', {
              language: content.language.language,
              level: content.language.cefrLevel,
            })
          : content.language.language;
    const qualification = (content: LearningAgreementContent) => {
      const { current, eqfLevel } = content.qualification;
      const parts = [
        current,
        eqfLevel === null ? null : t('agreement.programme.eqfLevel', { level: eqfLevel }),
      ];
      return parts.filter(Boolean).join(', ') || none;
    };
    const labelled = (label: string, value: string) => `${label}: ${value}`;
    const sections: Record<OtherSection, (content: LearningAgreementContent) => string> = {
      mentors: (content) =>
        [
          labelled(t('agreement.programme.sendingMentor'), mentor(content.mentors.sending)),
          labelled(t('agreement.programme.hostMentor'), mentor(content.mentors.host)),
        ].join('\n'),
      language,
      recognition: (content) => content.recognition ?? none,
      monitoring: (content) => content.monitoring ?? none,
      responsibilities: (content) =>
        (['participant', 'sending', 'host'] as const)
          .map((party) =>
            labelled(
              t(`agreement.programme.responsibilities.${party}`),
              content.responsibilities[party] ?? none,
            ),
          )
          .join('\n'),
      qualification,
    };
    return {
      none,
      mentor,
      language,
      qualification,
      recognition: sections.recognition,
      monitoring: sections.monitoring,
      section: (key: OtherSection, content: LearningAgreementContent) => sections[key](content),
    };
  }, [t]);
}
