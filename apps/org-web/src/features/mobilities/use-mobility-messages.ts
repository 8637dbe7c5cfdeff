import { MOBILITY_STATUSES } from '@mobilis/domain/mobility/mobility-status';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidationMessage } from '../forms/use-validation-message';
import { mobilitiesEn } from './mobilities-en';
import type { MobilityMutationOutcome } from './mobility-mutation-outcome';

/** A problem as the browser check and the API both report it: a stable code and its English text. */
export interface CodedProblem {
  readonly code: string;
  readonly message: string;
}

const isKeyOf = <K extends string>(map: Readonly<Record<K, string>>, key: string): key is K =>
  Object.hasOwn(map, key);

export interface MobilityMessages {
  /** A validation code in the UI language; a code this screen does not know shows its English text. */
  validation(problem: CodedProblem): string;
  /** The sentence for a failed mutation, or `null` when it succeeded or only fields need fixing. */
  outcome(outcome: MobilityMutationOutcome): string | null;
}

export function useMobilityMessages(): MobilityMessages {
  const { t } = useTranslation('org');
  // The app's forms share one translation of the domain's validation codes.
  const validation = useValidationMessage();
  return useMemo(
    () => ({
      validation,
      outcome: (outcome) => {
        switch (outcome.kind) {
          case 'stale':
            return t('mobilities.problems.stale');
          case 'notFound':
            return t('mobilities.problems.notFound');
          case 'transport':
            return t('mobilities.problems.generic');
          case 'transition': {
            if (!isKeyOf(mobilitiesEn.problems.transitions, outcome.code)) return outcome.message;
            const status = MOBILITY_STATUSES.find((candidate) => candidate === outcome.fromStatus);
            return t(`mobilities.problems.transitions.${outcome.code}`, {
              status: status ? t(`mobilities.statuses.${status}`) : outcome.fromStatus,
            });
          }
          default:
            return null;
        }
      },
    }),
    [t, validation],
  );
}
