import { Box, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActivityFields } from './activity-fields';
import type { CalculatorValues } from './calculator-values';
import { DatesTravelFields } from './dates-travel-fields';
import { DistanceFields } from './distance-fields';
import { GrantResultPanel } from './grant-result-panel';
import { ParticipantFields } from './participant-fields';
import { RateFields } from './rate-fields';
import { useCalculatorForm } from './use-calculator-form';

/**
 * The grant calculator: a form of mobility facts and, beside it, the grant the domain package
 * computes from them in the browser — live, with every line explained. Nothing is sent anywhere.
 */
export function GrantCalculator({ initialValues }: { initialValues?: () => CalculatorValues }) {
  const { t } = useTranslation('org');
  const form = useCalculatorForm(initialValues);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {t('grantCalculator.title')}
        </Title>
        <Text c="dimmed">{t('grantCalculator.intro')}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        {/* Results are live; Enter in a field must not reload the page. */}
        <form noValidate aria-labelledby="grant-form-title" onSubmit={(event) => event.preventDefault()}>
          <Stack gap="md">
            <Title order={2} id="grant-form-title">
              {t('grantCalculator.form.title')}
            </Title>
            <ActivityFields form={form} />
            <DistanceFields form={form} />
            <DatesTravelFields form={form} />
            <ParticipantFields form={form} />
            <RateFields form={form} />
          </Stack>
        </form>
        <Box style={{ alignSelf: 'start', position: 'sticky', top: 'var(--mantine-spacing-md)' }}>
          <GrantResultPanel preview={form.preview} />
        </Box>
      </SimpleGrid>
    </Stack>
  );
}
