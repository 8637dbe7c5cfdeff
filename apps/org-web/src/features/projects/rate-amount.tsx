import { Badge, Group, Text } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useTranslation } from 'react-i18next';
import type { Confidence } from '../../gql/graphql';
import { ConfidenceBadge } from './confidence-badge';

export interface RateAmountProps {
  amountCents: number | null | undefined;
  source: { confidence: Confidence; origin: string };
}

/** A rate card figure: the amount or "Rate not set", marked when unconfirmed or set by the NA. */
export function RateAmount({ amountCents, source }: RateAmountProps) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  return (
    <Group gap={6} wrap="wrap" justify="flex-end">
      {amountCents === null || amountCents === undefined ? (
        <Text span size="sm" c="dimmed" fs="italic">
          {t('projects.rateCard.rateNotSet')}
        </Text>
      ) : (
        <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.money(amountCents)}
        </Text>
      )}
      {source.origin === 'OVERRIDE' ? (
        <Badge variant="light" color="indigo" size="sm">
          {t('projects.rateCard.setByProject')}
        </Badge>
      ) : null}
      <ConfidenceBadge confidence={source.confidence} />
    </Group>
  );
}
