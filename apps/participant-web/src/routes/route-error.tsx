import { Anchor } from '@mantine/core';
import { CenteredPageLayout } from '@mobilis/ui/centered-page-layout';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown instead of a page that failed to render; the details are in the browser console. */
export function RouteError() {
  const { t } = useTranslation('common');
  return (
    <CenteredPageLayout appTitle={t('appNames.participant')} title={t('errors.title')}>
      <ErrorAlert title={null}>{t('errors.pageFailed')}</ErrorAlert>
      <Anchor component={Link} to="/">
        {t('errors.backHome')}
      </Anchor>
    </CenteredPageLayout>
  );
}
