import { CHANGE_REASON_CODES } from '@mobilis/domain/learning-agreement/learning-agreement-diff';
import { SIGNER_ROLES } from '@mobilis/domain/learning-agreement/learning-agreement-state';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidationMessage } from '../forms/use-validation-message';
import type { AgreementOutcome } from './agreement-outcome';
import { learningAgreementEn } from './learning-agreement-en';

const isKeyOf = <K extends string>(map: Readonly<Record<K, string>>, key: string): key is K =>
  Object.hasOwn(map, key);

export interface AgreementTexts {
  /** Participant / Sending organisation / Host; an unknown role as given. */
  party(role: string): string;
  /** A change reason code in the UI language; an unknown code (the list may grow) as given. */
  reason(code: string): string;
  /** "Learning outcome" / "Activity"; an unknown section as given. */
  section(section: string): string;
  /** The same inside a sentence ("learning outcome" in English). */
  sectionInline(section: string): string;
  /** The sentence for a failed mutation, or `null` when it succeeded or only fields need fixing. */
  outcome(outcome: AgreementOutcome): string | null;
}

/** Translations the agreement's components share, all by stable code. */
export function useAgreementTexts(): AgreementTexts {
  const { t } = useTranslation('org');
  const validation = useValidationMessage();
  return useMemo(
    () => ({
      party: (role) =>
        SIGNER_ROLES.find((candidate) => candidate === role)
          ? t(`learningAgreement.parties.${role as (typeof SIGNER_ROLES)[number]}`)
          : role,
      reason: (code) =>
        CHANGE_REASON_CODES.find((candidate) => candidate === code)
          ? t(`learningAgreement.reasons.${code as (typeof CHANGE_REASON_CODES)[number]}`)
          : code,
      section: (section) =>
        isKeyOf(learningAgreementEn.changes.sections, section)
          ? t(`learningAgreement.changes.sections.${section}`)
          : section,
      sectionInline: (section) =>
        isKeyOf(learningAgreementEn.changes.sectionsInline, section)
          ? t(`learningAgreement.changes.sectionsInline.${section}`)
          : section,
      outcome: (outcome) => {
        switch (outcome.kind) {
          case 'stale':
            return t('learningAgreement.problems.stale');
          case 'notFound':
            return t('learningAgreement.problems.notFound');
          case 'transport':
            return t('learningAgreement.problems.generic');
          case 'refused':
            return isKeyOf(learningAgreementEn.problems.codes, outcome.code)
              ? t(`learningAgreement.problems.codes.${outcome.code}`)
              : outcome.message;
          case 'invalid':
            return outcome.fieldErrors.map((error) => validation(error)).join(' ');
          default:
            return null;
        }
      },
    }),
    [t, validation],
  );
}
