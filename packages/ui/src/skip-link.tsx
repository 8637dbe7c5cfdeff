import { useTranslation } from 'react-i18next';

/** The id of the `<main>` landmark the skip link jumps to. */
export const mainContentId = 'main-content';

/** "Skip to main content": first in the tab order, visible only when focused. */
export function SkipLink() {
  const { t } = useTranslation('common');
  return (
    <a
      className="mobilis-skip-link"
      href={`#${mainContentId}`}
      onClick={(event) => {
        // Move focus without touching the URL: the router owns the location.
        event.preventDefault();
        document.getElementById(mainContentId)?.focus();
      }}
    >
      {t('shell.skipToContent')}
    </a>
  );
}
