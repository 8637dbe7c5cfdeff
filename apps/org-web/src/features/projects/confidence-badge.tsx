import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Confidence } from '../../gql/graphql';

/** "Unconfirmed figure" / "Reconstructed figure" next to a programme figure; nothing when confirmed. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation('org');
  if (confidence === 'CONFIRMED') return null;
  return (
    <Badge variant="light" color="yellow" size="sm" style={{ flexShrink: 0 }}>
      {t(`projects.rateCard.confidence.${confidence}`)}
    </Badge>
  );
}
