import { Badge } from '@mantine/core';
import { MOBILITY_STATUSES, type MobilityStatus } from '@mobilis/domain/mobility/mobility-status';
import { useTranslation } from 'react-i18next';

/**
 * Blue while the host has to decide, cyan/indigo while the stay is ahead, green while it lasts,
 * teal once over, orange/red when declined or cancelled. The text carries the meaning, never the
 * colour alone.
 */
const STATUS_COLOURS: Readonly<Record<MobilityStatus, string>> = {
  DRAFT: 'gray',
  PROPOSED: 'blue',
  CONFIRMED: 'cyan',
  DECLINED: 'orange',
  AGREED: 'indigo',
  ONGOING: 'green',
  COMPLETED: 'teal',
  CLOSED: 'dark',
  CANCELLED: 'red',
};

export function isMobilityStatus(value: string): value is MobilityStatus {
  return (MOBILITY_STATUSES as readonly string[]).includes(value);
}

/** The translated status of a placement in its colour. */
export function PlacementStatusBadge({
  status,
  size = 'md',
}: {
  status: MobilityStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation('host');
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" size={size} style={{ flexShrink: 0 }}>
      {t(`placements.statuses.${status}`)}
    </Badge>
  );
}
