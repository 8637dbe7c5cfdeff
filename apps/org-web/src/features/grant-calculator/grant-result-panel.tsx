import { Alert, DataList, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import type { CalculatorField } from './calculator-values';
import type { GrantCalculatorTexts } from './grant-calculator-en';
import { GrantLinesTable } from './grant-lines-table';
import type { GrantOutcome, GrantPreview } from './grant-preview';
import { useGrantMessages } from './use-grant-messages';

/** The form label of each field, to say which ones still stop the calculation. */
const FIELD_LABELS: Readonly<Record<CalculatorField, keyof GrantCalculatorTexts['form']>> = {
  callYear: 'callYear',
  action: 'action',
  activityType: 'activityType',
  hostCountry: 'hostCountry',
  distanceKm: 'distance',
  originLatitude: 'originLatitude',
  originLongitude: 'originLongitude',
  destinationLatitude: 'destinationLatitude',
  destinationLongitude: 'destinationLongitude',
  startDate: 'startDate',
  endDate: 'endDate',
  travelDays: 'travelDays',
  greenTravel: 'greenTravel',
  fewerOpportunities: 'fewerOpportunities',
  accompanyingPerson: 'accompanyingPerson',
  zeroGrant: 'zeroGrant',
  forceMajeure: 'forceMajeure',
  organisationalSupportNotRequested: 'organisationalSupportNotRequested',
  courseFeeDays: 'courseFeeDays',
  naDailyRateEuros: 'naDailyRate',
  realTravelCostEuros: 'realTravelCost',
  participantInclusionCostsEuros: 'participantInclusionCosts',
};

function GrantFacts({ outcome }: { outcome: GrantOutcome }) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const { result } = outcome;
  const distance = result.distance;
  const item = (label: string, value: string) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="grant-facts-title">
      <Title order={3} size="h4" id="grant-facts-title">
        {t('grantCalculator.result.facts')}
      </Title>
      <DataList size="sm" labelWidth="14rem" gap={4}>
        {item(t('grantCalculator.result.durationDays'), format.number(result.durationDays ?? 0))}
        {item(t('grantCalculator.result.fundedTravelDays'), format.number(result.fundedTravelDays))}
        {item(t('grantCalculator.result.fundedDays'), format.number(result.fundedDays))}
        {item(
          t('grantCalculator.result.distanceUsed'),
          distance === null
            ? t('grantCalculator.result.noDistance')
            : distance.source === 'OFFICIAL'
              ? t('grantCalculator.result.distanceOfficial', { km: format.number(distance.km) })
              : t('grantCalculator.result.distanceComputed', { km: format.number(Math.round(distance.km)) }),
        )}
        {item(t('grantCalculator.result.rateCard'), result.rateCardVersion)}
      </DataList>
    </Stack>
  );
}

function GrantWarnings({ outcome }: { outcome: GrantOutcome }) {
  const { t } = useTranslation('org');
  const messages = useGrantMessages();
  const { warnings } = outcome.result;
  if (warnings.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="grant-warnings-title">
      <Title order={3} size="h4" id="grant-warnings-title">
        {t('grantCalculator.result.warningsTitle')}
      </Title>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {warnings.map((warning) => (
          <li key={`${warning.code}:${JSON.stringify(warning.params)}`}>
            {/* Not role="alert": every keystroke recalculates, and the status above already speaks. */}
            <Alert role="note" color="yellow" variant="light" p="xs">
              {messages.warning(warning, outcome)}
            </Alert>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

/** The live result: total (a polite status), lines, how days and distance were counted, warnings. */
export function GrantResultPanel({ preview }: { preview: GrantPreview }) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const { outcome } = preview;
  const blocking = (Object.keys(preview.fieldErrors) as CalculatorField[]).map((field) =>
    t(`grantCalculator.form.${FIELD_LABELS[field]}`),
  );
  return (
    <Stack gap="md" component="section" aria-labelledby="grant-result-title">
      <Title order={2} id="grant-result-title">
        {t('grantCalculator.result.title')}
      </Title>
      <Text role="status" aria-live="polite" aria-atomic fw={700} size="lg">
        {outcome
          ? t('grantCalculator.result.totalStatus', { amount: format.money(outcome.result.totalCents) })
          : t('grantCalculator.result.noTotal')}
      </Text>
      {outcome ? (
        <>
          {outcome.result.lines.length > 0 ? (
            <GrantLinesTable result={outcome.result} />
          ) : (
            <Text>{t('grantCalculator.result.noLines')}</Text>
          )}
          <GrantFacts outcome={outcome} />
          <GrantWarnings outcome={outcome} />
          <Text size="sm" c="dimmed">
            {t('grantCalculator.result.confidenceNote')}
          </Text>
        </>
      ) : (
        <Text>{t('grantCalculator.result.stillNeeded', { fields: blocking.join(', ') })}</Text>
      )}
    </Stack>
  );
}
