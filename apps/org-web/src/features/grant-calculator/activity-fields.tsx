import { Fieldset, NativeSelect, Stack } from '@mantine/core';
import { ACTIONS, isAction } from '@mobilis/domain/catalogue/action';
import { activityTypesForAction, findActivityType } from '@mobilis/domain/catalogue/activity-type-catalogue';
import { COUNTRIES } from '@mobilis/domain/countries/country-list';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CALL_YEARS, firstActivityType } from './calculator-values';
import { useFieldProps } from './field-props';
import type { CalculatorForm } from './use-calculator-form';

/** Call year, action, activity type (of that action) and host country. */
export function ActivityFields({ form }: { form: CalculatorForm }) {
  const { t, i18n } = useTranslation('org');
  const format = useFormatters();
  const fields = useFieldProps(form);
  const { values } = form;
  const language = i18n.resolvedLanguage ?? i18n.language;
  const countries = useMemo(() => {
    const collator = new Intl.Collator(language);
    return COUNTRIES.map(({ code }) => ({ value: code, label: format.country(code) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [format, language]);

  return (
    <Fieldset legend={t('grantCalculator.form.activitySection')}>
      <Stack gap="sm">
        <NativeSelect
          label={t('grantCalculator.form.callYear')}
          description={t('grantCalculator.form.callYearDescription')}
          value={values.callYear}
          onChange={(event) => form.change({ callYear: event.currentTarget.value })}
          error={fields.error('callYear')}
          data={CALL_YEARS.map((year) => String(year))}
        />
        <NativeSelect
          label={t('grantCalculator.form.action')}
          value={values.action}
          onChange={(event) => {
            const action = event.currentTarget.value;
            if (!isAction(action)) return;
            const types = activityTypesForAction(action);
            const keep = types.some((type) => type.code === values.activityType);
            form.change({ action, activityType: keep ? values.activityType : firstActivityType(action) });
          }}
          data={ACTIONS.map((action) => ({
            value: action,
            label: `${action}: ${t(`grantCalculator.actions.${action}`)}`,
          }))}
        />
        <NativeSelect
          label={t('grantCalculator.form.activityType')}
          value={values.activityType}
          onChange={(event) => {
            const type = findActivityType(event.currentTarget.value);
            if (type) form.change({ activityType: type.code });
          }}
          error={fields.error('activityType')}
          data={activityTypesForAction(values.action).map((type) => ({
            value: type.code,
            label: t('grantCalculator.form.activityTypeOption', {
              name: t(`grantCalculator.activityTypes.${type.code}`),
              code: type.code,
            }),
          }))}
        />
        <NativeSelect
          label={t('grantCalculator.form.hostCountry')}
          value={values.hostCountry}
          onChange={(event) => form.change({ hostCountry: event.currentTarget.value })}
          onBlur={() => form.touch('hostCountry')}
          error={fields.error('hostCountry')}
          data={[{ value: '', label: t('grantCalculator.form.chooseCountry'), disabled: true }, ...countries]}
        />
      </Stack>
    </Fieldset>
  );
}
