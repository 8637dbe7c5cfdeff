import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidationMessage } from '../forms/use-validation-message';
import type { PlacementNotice } from '../placements/placement-notice';
import { agreementEn } from './agreement-en';
import type { AgreementMutationOutcome } from './agreement-mutation-outcome';

type Notice = Parameters<typeof PlacementNotice>[0]['notice'];

const isRefusalCode = (code: string): code is keyof typeof agreementEn.problems.codes =>
  Object.hasOwn(agreementEn.problems.codes, code);

/**
 * What the host's last step on the agreement came to, shown with `PlacementNotice`. `handle(text)`
 * makes the `onOutcome` of a form (`text` on success, `null` for none); a stale proposal hash or a
 * refusal by the workflow also reloads the placement, so the page shows what is true now.
 */
export function useAgreementNotice(onReload: () => void) {
  const { t } = useTranslation(['host', 'common']);
  const translate = useValidationMessage();
  const [notice, setNotice] = useState<Notice>(null);
  const noticeCount = useRef(0);

  const problemText = useCallback(
    (outcome: Exclude<AgreementMutationOutcome, { kind: 'ok' }>): string => {
      switch (outcome.kind) {
        case 'invalid':
          return t('host:forms.fixFields');
        case 'stale':
          return t('host:agreement.problems.stale');
        case 'notFound':
          return t('host:agreement.problems.notFound');
        case 'transport':
          return t('common:errors.generic');
        case 'refused':
          return isRefusalCode(outcome.code)
            ? t(`host:agreement.problems.codes.${outcome.code}`)
            : outcome.message;
      }
    },
    [t],
  );

  const handle = useCallback(
    (successText: string | null) => (outcome: AgreementMutationOutcome) => {
      noticeCount.current += 1;
      const id = noticeCount.current;
      if (outcome.kind === 'ok') {
        setNotice(successText === null ? null : { kind: 'success', text: successText, id });
        return;
      }
      const details = outcome.kind === 'invalid' ? outcome.unshown.map(translate) : [];
      setNotice({ kind: 'problem', text: problemText(outcome), details, id });
      if (outcome.kind === 'stale' || outcome.kind === 'refused') onReload();
    },
    [onReload, problemText, translate],
  );

  return { notice, handle, clear: useCallback(() => setNotice(null), []) };
}
