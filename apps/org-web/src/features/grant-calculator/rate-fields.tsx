import { Fieldset, NumberInput, Stack } from '@mantine/core';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { useTranslation } from 'react-i18next';
import { useFieldProps } from './field-props';
import type { CalculatorForm } from './use-calculator-form';

/** The NA's per-day rate (templates have none) and the real costs some rules pay from. */
export function RateFields({ form }: { form: CalculatorForm }) {
  const { t } = useTranslation('org');
  const fields = useFieldProps(form);
  const expensiveTravel = rateCardTemplateForCallYear(Number(form.values.callYear))?.expensiveTravel;
  const euros = { min: 0, allowNegative: false, decimalScale: 2 } as const;

  return (
    <Fieldset legend={t('grantCalculator.form.ratesSection')}>
      <Stack gap="sm">
        <NumberInput
          label={t('grantCalculator.form.naDailyRate')}
          description={t('grantCalculator.form.naDailyRateDescription')}
          {...euros}
          {...fields.number('naDailyRateEuros')}
        />
        <NumberInput
          label={t('grantCalculator.form.realTravelCost')}
          description={
            expensiveTravel
              ? t('grantCalculator.form.realTravelCostDescription', {
                  coverage: expensiveTravel.coverageBelowPercent,
                  reimbursed: expensiveTravel.reimbursedPercent,
                })
              : undefined
          }
          {...euros}
          {...fields.number('realTravelCostEuros')}
        />
        <NumberInput
          label={t('grantCalculator.form.participantInclusionCosts')}
          {...euros}
          {...fields.number('participantInclusionCostsEuros')}
        />
      </Stack>
    </Fieldset>
  );
}
