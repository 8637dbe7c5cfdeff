import { Alert, DataList, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { GrantLinesTable } from '../grant-calculator/grant-lines-table';
import { type GrantWarningContext, useGrantMessages } from '../grant-calculator/use-grant-messages';
import { grantLinesData, grantWarnings } from './api-grant';

export const MobilityGrantDetailsFragment = graphql(`
  fragment MobilityGrantDetails_grant on GrantEstimate {
    totalCents
    durationDays
    fundedDays
    fundedTravelDays
    distanceKm
    rateCardVersion
    lines {
      category
      quantity
      unitAmountCents
      amountCents
      explanation
      explanationCode
      explanationParams
      ruleConfidence
    }
    warnings {
      code
      message
      params
    }
  }
`);

export interface MobilityGrantDetailsProps {
  grant: FragmentType<typeof MobilityGrantDetailsFragment>;
  warningContext: GrantWarningContext;
  /** Announce the total politely when it changes (the live preview); off on the detail page. */
  live?: boolean;
}

/** A mobility's grant: total, every line explained, how days and distance were counted, warnings. */
export function MobilityGrantDetails(props: MobilityGrantDetailsProps) {
  const grant = getFragmentData(MobilityGrantDetailsFragment, props.grant);
  const { t } = useTranslation('org');
  const format = useFormatters();
  const messages = useGrantMessages();
  const warningsTitleId = useId();
  const data = grantLinesData(grant);
  const warnings = grantWarnings(grant);
  const item = (label: string, value: string) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  return (
    <Stack gap="md">
      <Text
        fw={700}
        size="lg"
        {...(props.live ? { role: 'status', 'aria-live': 'polite', 'aria-atomic': true } : {})}
      >
        {t('mobilities.grant.total', { amount: format.money(grant.totalCents) })}
      </Text>
      {data.lines.length > 0 ? (
        <GrantLinesTable result={data} />
      ) : (
        <Text>{t('mobilities.grant.noLines')}</Text>
      )}
      <DataList size="sm" labelWidth="14rem" gap={4} aria-label={t('mobilities.grant.facts')}>
        {item(
          t('mobilities.grant.durationDays'),
          grant.durationDays === null || grant.durationDays === undefined
            ? '—'
            : format.number(grant.durationDays),
        )}
        {item(t('mobilities.grant.fundedTravelDays'), format.number(grant.fundedTravelDays))}
        {item(t('mobilities.grant.fundedDays'), format.number(grant.fundedDays))}
        {item(
          t('mobilities.grant.distanceUsed'),
          grant.distanceKm === null || grant.distanceKm === undefined
            ? t('mobilities.grant.noDistance')
            : t('mobilities.grant.distanceValue', { km: format.number(Math.round(grant.distanceKm)) }),
        )}
        {item(t('mobilities.grant.rateCard'), grant.rateCardVersion)}
      </DataList>
      {warnings.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby={warningsTitleId}>
          <Title order={3} size="h4" id={warningsTitleId}>
            {t('mobilities.grant.warningsTitle')}
          </Title>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {warnings.map((warning) => (
              <li key={`${warning.code}:${JSON.stringify(warning.params)}`}>
                <Alert role="note" color="yellow" variant="light" p="xs">
                  {messages.warning(warning, props.warningContext)}
                </Alert>
              </li>
            ))}
          </Stack>
        </Stack>
      ) : null}
      {data.lines.some((line) => line.rule.confidence !== 'confirmed') ? (
        <Text size="sm" c="dimmed">
          {t('grantCalculator.result.confidenceNote')}
        </Text>
      ) : null}
    </Stack>
  );
}
