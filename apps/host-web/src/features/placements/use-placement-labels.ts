import { ACTIVITY_TYPE_CODES } from '@mobilis/domain/catalogue/activity-type-codes';
import { fromGraphqlEnumName } from '@mobilis/domain/catalogue/graphql-enum-name';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface PlacementLabels {
  /** `SM_JOB_SHDW` (the API's enum) as "Job shadowing" in the UI language. */
  activity(enumName: string): string;
  /** `STAFF` / `LEARNER` as "Staff" / "Learner". */
  category(category: string): string;
  /** Two calendar dates as "12 Apr 2026 – 30 Apr 2026". */
  period(start: string, end: string): string;
}

export function usePlacementLabels(): PlacementLabels {
  const { t } = useTranslation('host');
  const format = useFormatters();
  return useMemo(
    () => ({
      activity: (enumName) => {
        // The API spells BM codes with `_` for `-`; the catalogue's names are translated by code.
        const code = fromGraphqlEnumName(enumName, ACTIVITY_TYPE_CODES);
        return code ? t(`placements.activityTypes.${code}`) : enumName;
      },
      category: (category) =>
        category === 'STAFF' || category === 'LEARNER' ? t(`placements.categories.${category}`) : category,
      period: (start, end) => t('placements.dateRange', { start: format.date(start), end: format.date(end) }),
    }),
    [t, format],
  );
}
