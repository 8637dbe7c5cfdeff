import { Box } from '@mantine/core';
import { type BudgetFigures, plannedShare } from './budget-totals';

export interface BudgetBarProps extends BudgetFigures {
  /** What the bar shows, in words (e.g. "€1,200.00 planned of €4,000.00 awarded (30 %)"). */
  label: string;
}

/**
 * Planned against awarded as a horizontal CSS bar: an image to assistive technology, named by
 * `label`, which the page also prints as text. Red and full when the plan exceeds the award.
 */
export function BudgetBar({ awardedCents, plannedCents, label }: BudgetBarProps) {
  const share = plannedShare({ awardedCents, plannedCents });
  const over = share === null ? plannedCents > 0 : share > 1;
  const width = over ? 100 : Math.round((share ?? 0) * 1000) / 10;
  return (
    <Box
      role="img"
      aria-label={label}
      h={12}
      style={{
        borderRadius: 'var(--mantine-radius-xl)',
        background: 'var(--mantine-color-gray-2)',
        overflow: 'hidden',
        // Forced-colours mode drops backgrounds: keep the track visible.
        outline: '1px solid transparent',
      }}
    >
      <Box
        h="100%"
        data-over={over || undefined}
        style={{
          width: `${width}%`,
          background: over ? 'var(--mantine-color-red-7)' : 'var(--mantine-color-indigo-7)',
          borderRadius: 'var(--mantine-radius-xl)',
        }}
      />
    </Box>
  );
}
