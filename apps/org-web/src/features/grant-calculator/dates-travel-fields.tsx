import { Fieldset, NumberInput, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { useTranslation } from 'react-i18next';
import { useFieldProps } from './field-props';
import type { CalculatorForm } from './use-calculator-form';

/** Start and end date (native date inputs), travel days and green travel. */
export function DatesTravelFields({ form }: { form: CalculatorForm }) {
  const { t } = useTranslation('org');
  const fields = useFieldProps(form);
  const { values } = form;
  const travelDays = rateCardTemplateForCallYear(Number(values.callYear))?.travelDays;

  return (
    <Fieldset legend={t('grantCalculator.form.datesSection')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('grantCalculator.form.startDate')}
            value={values.startDate}
            onChange={(event) => form.change({ startDate: event.currentTarget.value })}
            onBlur={() => form.touch('startDate')}
            error={fields.error('startDate')}
          />
          <TextInput
            type="date"
            label={t('grantCalculator.form.endDate')}
            value={values.endDate}
            onChange={(event) => form.change({ endDate: event.currentTarget.value })}
            onBlur={() => form.touch('endDate')}
            error={fields.error('endDate')}
          />
        </SimpleGrid>
        <NumberInput
          label={t('grantCalculator.form.travelDays')}
          description={
            travelDays
              ? t('grantCalculator.form.travelDaysDescription', {
                  standardMax: travelDays.standardMax,
                  greenMax: travelDays.greenMax,
                })
              : undefined
          }
          min={0}
          allowNegative={false}
          allowDecimal={false}
          {...fields.number('travelDays')}
        />
        <Switch label={t('grantCalculator.form.greenTravel')} {...fields.checkbox('greenTravel')} />
      </Stack>
    </Fieldset>
  );
}
