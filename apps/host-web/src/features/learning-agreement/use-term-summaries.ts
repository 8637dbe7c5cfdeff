import type { LearningAgreementContent } from '@mobilis/domain/learning-agreement/learning-agreement-content';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

type Mentor = LearningAgreementContent['mentors']['sending'];

/** The agreement's sections besides outcomes and activities (a diff compares each as a whole). */
export const TERM_SECTIONS = [
  'mentors',
  'language',
  'recognition',
  'monitoring',
  'responsibilities',
  'qualification',
] as const;

export type TermSection = (typeof TERM_SECTIONS)[number];

/** Labelled lines of one section of the terms, e.g. the two mentors. */
export type TermLines = readonly (readonly [label: string, value: string])[];

/** Each term of the agreement as labelled, readable lines ("Not stated" when empty). */
export function useTermSummaries(): Record<TermSection, (content: LearningAgreementContent) => TermLines> {
  const { t } = useTranslation('host');
  return useMemo(() => {
    const none = t('agreement.notStated');
    const mentor = (person: Mentor) =>
      person ? [person.name, person.role, person.email].filter(Boolean).join(', ') : none;
    return {
      mentors: (content) => [
        [t('agreement.content.sendingMentor'), mentor(content.mentors.sending)],
        [t('agreement.content.hostMentor'), mentor(content.mentors.host)],
      ],
      language: ({ language }) => [
        [
          t('agreement.content.language'),
          !language
            ? none
            : language.cefrLevel
              ? t('agreement.content.languageWithLevel', {
                  language: language.language,
                  level: language.cefrLevel,
                })
              : language.language,
        ],
      ],
      recognition: (content) => [[t('agreement.content.recognition'), content.recognition ?? none]],
      monitoring: (content) => [[t('agreement.content.monitoring'), content.monitoring ?? none]],
      responsibilities: ({ responsibilities }) =>
        (['participant', 'sending', 'host'] as const).map(
          (party) =>
            [t(`agreement.content.responsibilities.${party}`), responsibilities[party] ?? none] as const,
        ),
      qualification: ({ qualification }) => [
        [
          t('agreement.content.qualification'),
          [
            qualification.current,
            qualification.eqfLevel === null
              ? null
              : t('agreement.content.eqfLevel', { level: qualification.eqfLevel }),
          ]
            .filter(Boolean)
            .join(', ') || none,
        ],
      ],
    };
  }, [t]);
}
