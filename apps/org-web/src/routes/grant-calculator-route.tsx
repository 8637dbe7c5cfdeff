import { useTranslation } from 'react-i18next';
import { GrantCalculator } from '../features/grant-calculator/grant-calculator';

/**
 * The grant calculator. It owns no query: the rules, rates and catalogue come from
 * `@mobilis/domain`, so the grant is computed in the browser by the same code the API runs.
 */
export function GrantCalculatorRoute() {
  const { t } = useTranslation('org');
  return (
    <>
      <title>{t('pageTitle.grantCalculator')}</title>
      <GrantCalculator />
    </>
  );
}
