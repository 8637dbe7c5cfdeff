import { Badge } from '@mantine/core';
import type { MobilityStatus } from '@mobilis/domain/mobility/mobility-status';
import { useTranslation } from 'react-i18next';

/**
 * One colour per status (the organisations app's palette): grey while being planned, blue shades
 * while the host and the agreement are pending, green once it happens, red when declined or
 * cancelled. The badge text carries the meaning, never the colour alone.
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

/** The translated status name in its colour. */
export function MobilityStatusBadge({ status, size = 'md' }: { status: MobilityStatus; size?: 'md' | 'lg' }) {
  const { t } = useTranslation('participant');
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" size={size} miw="max-content">
      {t(`mobilities.statuses.${status}`)}
    </Badge>
  );
}
