import { findActivityType } from '@mobilis/domain/catalogue/activity-type-catalogue';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Texts every mobility view needs: the activity's name, a date range, the page title. */
export function useMobilityLabels() {
  const { t } = useTranslation('participant');
  const format = useFormatters();
  // The API names activity types as GraphQL enums (`SM_JOB_SHDW`); the catalogue by code (`SM-JOB-SHDW`).
  const activity = useCallback(
    (enumName: string) => {
      const type = findActivityType(enumName.replaceAll('_', '-'));
      return type ? t(`mobilities.activityTypes.${type.code}`) : enumName;
    },
    [t],
  );
  const period = useCallback(
    (start: string, end: string) =>
      t('mobilities.dateRange', { start: format.date(start), end: format.date(end) }),
    [t, format],
  );
  const title = useCallback(
    (reference: string, host: string | null | undefined) =>
      host ? t('mobilities.title', { reference, host }) : reference,
    [t],
  );
  return useMemo(() => ({ activity, period, title }), [activity, period, title]);
}
