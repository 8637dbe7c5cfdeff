import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface FullPageLoaderProps {
  /** What is loading, for screen readers; defaults to "Loading…". */
  label?: string;
}

export function FullPageLoader({ label }: FullPageLoaderProps) {
  const { t } = useTranslation('common');
  return (
    <Center mih="60vh" role="status" aria-live="polite">
      <Loader aria-hidden />
      <VisuallyHidden>{label ?? t('status.loading')}</VisuallyHidden>
    </Center>
  );
}
