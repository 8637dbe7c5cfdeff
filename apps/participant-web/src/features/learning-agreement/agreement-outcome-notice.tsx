import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../forms/problem-alert';
import { SuccessNotice } from '../forms/success-notice';
import { useValidationMessage } from '../forms/use-validation-message';
import type { AgreementActionOutcome } from './agreement-action-outcome';
import { agreementEn } from './agreement-en';

export type AgreementAction = 'sign' | 'askForChanges';

type RefusalCode = keyof typeof agreementEn.errors.codes;
const isKnownRefusal = (code: string): code is RefusalCode => Object.hasOwn(agreementEn.errors.codes, code);

/** What the last signing or request for changes came to, said in the viewer's language. */
export function AgreementOutcomeNotice({
  action,
  outcome,
}: {
  action: AgreementAction;
  outcome: AgreementActionOutcome;
}) {
  const { t } = useTranslation(['participant', 'common']);
  const translate = useValidationMessage();
  switch (outcome.kind) {
    case 'done':
      return (
        <SuccessNotice
          message={action === 'sign' ? t('agreement.sign.done') : t('agreement.askForChanges.done')}
        />
      );
    case 'stale':
      return <ProblemAlert tone="notice" message={t('agreement.errors.stale')} />;
    case 'refused':
      return (
        <ProblemAlert
          message={
            isKnownRefusal(outcome.code) ? t(`agreement.errors.codes.${outcome.code}`) : outcome.message
          }
        />
      );
    case 'invalid':
      return <ProblemAlert message={t('forms.fixFields')} details={outcome.fieldErrors.map(translate)} />;
    case 'notFound':
      return <ProblemAlert message={t('forms.notFound')} />;
    case 'transport':
      return <ProblemAlert message={t('common:errors.generic')} />;
  }
}
