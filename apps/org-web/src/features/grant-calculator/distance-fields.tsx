import { Button, Collapse, Fieldset, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldProps } from './field-props';
import type { CalculatorForm } from './use-calculator-form';

/**
 * The official EC distance, and a helper that suggests one from two places' coordinates. Product
 * decision 4: the official figure, when entered, always wins; the suggestion only helps pick the band.
 */
export function DistanceFields({ form }: { form: CalculatorForm }) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const fields = useFieldProps(form);
  const { values, preview } = form;
  const helperId = useId();
  const hasCoordinates = [
    values.originLatitude,
    values.originLongitude,
    values.destinationLatitude,
    values.destinationLongitude,
  ].some((value) => value !== '');
  const [open, setOpen] = useState(hasCoordinates);
  const suggested = preview.suggestedDistanceKm;

  return (
    <Fieldset legend={t('grantCalculator.form.distanceSection')}>
      <Stack gap="sm">
        <NumberInput
          label={t('grantCalculator.form.distance')}
          description={t('grantCalculator.form.distanceDescription')}
          min={0}
          allowNegative={false}
          {...fields.number('distanceKm')}
        />
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={open}
            aria-controls={helperId}
            onClick={() => setOpen((previous) => !previous)}
          >
            {t('grantCalculator.form.computeFromPlaces')}
          </Button>
        </div>
        <Collapse expanded={open} id={helperId}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('grantCalculator.form.placesHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <NumberInput
                label={t('grantCalculator.form.originLatitude')}
                {...fields.number('originLatitude')}
              />
              <NumberInput
                label={t('grantCalculator.form.originLongitude')}
                {...fields.number('originLongitude')}
              />
              <NumberInput
                label={t('grantCalculator.form.destinationLatitude')}
                {...fields.number('destinationLatitude')}
              />
              <NumberInput
                label={t('grantCalculator.form.destinationLongitude')}
                {...fields.number('destinationLongitude')}
              />
            </SimpleGrid>
            <Text size="sm" fw={suggested === null ? 400 : 700}>
              {suggested === null
                ? t('grantCalculator.form.noSuggestion')
                : t('grantCalculator.form.suggestedDistance', { km: format.number(Math.round(suggested)) })}
            </Text>
          </Stack>
        </Collapse>
      </Stack>
    </Fieldset>
  );
}
