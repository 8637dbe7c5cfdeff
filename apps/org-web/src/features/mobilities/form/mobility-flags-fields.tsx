import { Checkbox, Fieldset, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldProps } from './field-props';
import type { MobilityForm } from './use-mobility-form';

/** The special cases that change the grant: accompanying person, zero grant, force majeure … */
export function MobilityFlagsFields({ form }: { form: MobilityForm }) {
  const { t } = useTranslation('org');
  const fields = useFieldProps(form);
  return (
    <Fieldset legend={t('mobilities.form.flagsSection')}>
      <Stack gap="sm">
        <Checkbox
          label={t('mobilities.form.accompanyingPerson')}
          {...fields.checkbox('accompanyingPerson')}
        />
        <Checkbox label={t('mobilities.form.zeroGrant')} {...fields.checkbox('zeroGrant')} />
        <Checkbox label={t('mobilities.form.forceMajeure')} {...fields.checkbox('forceMajeure')} />
        <Checkbox
          label={t('mobilities.form.organisationalSupportNotRequested')}
          {...fields.checkbox('organisationalSupportNotRequested')}
        />
      </Stack>
    </Fieldset>
  );
}
