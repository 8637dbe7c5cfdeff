import { Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import {
  activityType as activityTypeOf,
  activityTypesForAction,
} from '@mobilis/domain/catalogue/activity-type-catalogue';
import { ACTIVITY_TYPE_CODES } from '@mobilis/domain/catalogue/activity-type-codes';
import { rateCardTemplateForCallYear } from '@mobilis/domain/rate-card/rate-card-templates';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import { useActivityTypeLabel } from '../activity-type-name';
import { useFieldProps } from './field-props';
import type { FormProject } from './mobility-form-values';
import type { MobilityForm } from './use-mobility-form';

export interface MobilityActivityFieldsProps {
  form: MobilityForm;
  project: FormProject | null;
  /** The saved great-circle distance, shown beside the optional official one. */
  computedDistanceKm: number | null;
}

/** Activity type (of the project's action), planned dates, travel, distance and course-fee days. */
export function MobilityActivityFields({ form, project, computedDistanceKm }: MobilityActivityFieldsProps) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const fields = useFieldProps(form);
  const activityLabel = useActivityTypeLabel();
  const { values } = form;
  const types = project?.action ? activityTypesForAction(project.action) : [];
  const chosen = values.activityType === '' ? null : activityTypeOf(values.activityType);
  const travelDays = project ? rateCardTemplateForCallYear(project.callYear)?.travelDays : undefined;
  const ranges = chosen?.durationRanges;
  const durationHint = !chosen
    ? undefined
    : ranges
      ? t('mobilities.form.durationAllowed', {
          ranges: ranges
            .map((range) =>
              t('mobilities.form.durationRange', {
                min: format.number(range.minDays),
                max: format.number(range.maxDays),
              }),
            )
            .join(', '),
        })
      : t('mobilities.form.durationUnknown');

  return (
    <Fieldset legend={t('mobilities.form.activitySection')}>
      <Stack gap="sm">
        <NativeSelect
          label={t('mobilities.form.activityType')}
          description={durationHint}
          disabled={!project}
          value={values.activityType}
          onChange={(event) => {
            const value = event.currentTarget.value;
            form.change({ activityType: ACTIVITY_TYPE_CODES.find((code) => code === value) ?? '' });
          }}
          onBlur={() => form.touch('activityType')}
          error={fields.error('activityType')}
          required
          data={[
            {
              value: '',
              label: project
                ? t('mobilities.form.chooseActivityType')
                : t('mobilities.form.chooseProjectFirst'),
              disabled: true,
            },
            ...types.map((type) => ({ value: type.code, label: activityLabel(type.code) })),
          ]}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('mobilities.form.startDate')}
            required
            {...fields.text('plannedStartDate')}
          />
          <TextInput
            type="date"
            label={t('mobilities.form.endDate')}
            required
            {...fields.text('plannedEndDate')}
          />
        </SimpleGrid>
        <NumberInput
          label={t('mobilities.form.travelDays')}
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
        <Switch label={t('mobilities.form.greenTravel')} {...fields.checkbox('greenTravel')} />
        <NumberInput
          label={t('mobilities.form.distance')}
          description={[
            t('mobilities.form.distanceDescription'),
            computedDistanceKm === null
              ? null
              : t('mobilities.form.distanceSuggested', { km: format.number(Math.round(computedDistanceKm)) }),
          ]
            .filter(Boolean)
            .join(' ')}
          min={0}
          allowNegative={false}
          {...fields.number('officialDistanceKm')}
        />
        {chosen?.courseFees ? (
          <NumberInput
            label={t('mobilities.form.courseFeeDays')}
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
