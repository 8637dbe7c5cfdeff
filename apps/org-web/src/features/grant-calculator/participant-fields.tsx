import { Checkbox, Fieldset, NumberInput, Stack } from '@mantine/core';
import { activityType } from '@mobilis/domain/catalogue/activity-type-catalogue';
import { useTranslation } from 'react-i18next';
import { useFieldProps } from './field-props';
import type { CalculatorForm } from './use-calculator-form';

/** The participant's flags and, for courses and training, the course-fee days. */
export function ParticipantFields({ form }: { form: CalculatorForm }) {
  const { t } = useTranslation('org');
  const fields = useFieldProps(form);
  const courseFees = activityType(form.values.activityType).courseFees;

  return (
    <Fieldset legend={t('grantCalculator.form.participantSection')}>
      <Stack gap="sm">
        <Checkbox
          label={t('grantCalculator.form.fewerOpportunities')}
          {...fields.checkbox('fewerOpportunities')}
        />
        <Checkbox
          label={t('grantCalculator.form.accompanyingPerson')}
          {...fields.checkbox('accompanyingPerson')}
        />
        <Checkbox label={t('grantCalculator.form.zeroGrant')} {...fields.checkbox('zeroGrant')} />
        <Checkbox label={t('grantCalculator.form.forceMajeure')} {...fields.checkbox('forceMajeure')} />
        <Checkbox
          label={t('grantCalculator.form.organisationalSupportNotRequested')}
          {...fields.checkbox('organisationalSupportNotRequested')}
        />
        {courseFees ? (
          <NumberInput
            label={t('grantCalculator.form.courseFeeDays')}
            min={0}
            allowNegative={false}
            allowDecimal={false}
            {...fields.number('courseFeeDays')}
          />
        ) : null}
      </Stack>
    </Fieldset>
  );
}
