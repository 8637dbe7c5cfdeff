import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface BudgetFigures {
  readonly awardedCents: number;
  readonly plannedCents: number;
}

/** Awarded and planned summed over a project's budget lines. */
export function budgetTotals(lines: readonly BudgetFigures[]): BudgetFigures {
  return lines.reduce(
    (sum, line) => ({
      awardedCents: sum.awardedCents + line.awardedCents,
      plannedCents: sum.plannedCents + line.plannedCents,
    }),
    { awardedCents: 0, plannedCents: 0 },
  );
}

/** Planned as a share of awarded; `null` when nothing was awarded. */
export function plannedShare({ awardedCents, plannedCents }: BudgetFigures): number | null {
  return awardedCents > 0 ? plannedCents / awardedCents : null;
}

/** Whole percentages for the UI language ("42 %" in German). */
export function usePercentFormat(): (share: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    return (share: number) => format.format(share);
  }, [language]);
}
