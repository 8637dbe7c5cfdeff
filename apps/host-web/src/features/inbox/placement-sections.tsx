import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { MobilityStatus } from '@mobilis/domain/mobility/mobility-status';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { localToday } from './local-today';
import { PlacementSummaryCard } from './placement-summary-card';

export const PlacementSectionsFragment = graphql(`
  fragment PlacementSections_organisation on Organisation {
    placements {
      id
      status
      plannedStartDate
      plannedEndDate
      ...PlacementSummary_mobility
    }
  }
`);

type SectionKey = 'toDecide' | 'upcoming' | 'ongoing' | 'completed' | 'ended';

interface Section {
  key: SectionKey;
  statuses: readonly MobilityStatus[];
  /** Next things first while they lie ahead; the most recent first once they are over. */
  order: 'soonest' | 'latest';
  /** A section that says "nothing here" when empty; the others are left out. */
  alwaysShown: boolean;
}

const SECTIONS: readonly Section[] = [
  { key: 'toDecide', statuses: ['PROPOSED'], order: 'soonest', alwaysShown: true },
  { key: 'upcoming', statuses: ['CONFIRMED', 'AGREED'], order: 'soonest', alwaysShown: true },
  { key: 'ongoing', statuses: ['ONGOING'], order: 'soonest', alwaysShown: true },
  { key: 'completed', statuses: ['COMPLETED', 'CLOSED'], order: 'latest', alwaysShown: true },
  { key: 'ended', statuses: ['DECLINED', 'CANCELLED'], order: 'latest', alwaysShown: false },
];

/** The host's placements in sections by what is to be done: decide, expect, host, look back. */
export function PlacementSections(props: { organisation: FragmentType<typeof PlacementSectionsFragment> }) {
  const { placements } = getFragmentData(PlacementSectionsFragment, props.organisation);
  const { t } = useTranslation('host');
  const today = localToday();
  const all = placements ?? [];

  return (
    <Stack gap="xl">
      {SECTIONS.map((section) => {
        const items = all
          .filter((placement) => section.statuses.includes(placement.status))
          .sort((a, b) =>
            section.order === 'soonest'
              ? a.plannedStartDate.localeCompare(b.plannedStartDate)
              : b.plannedEndDate.localeCompare(a.plannedEndDate),
          );
        if (items.length === 0 && !section.alwaysShown) return null;
        const titleId = `inbox-${section.key}`;
        return (
          <Stack key={section.key} gap="sm" component="section" aria-labelledby={titleId}>
            <Group gap="xs" align="center">
              <Title order={2} size="h3" id={titleId}>
                {t(`inbox.sections.${section.key}`)}
              </Title>
              {items.length > 0 ? (
                <Badge variant="light" color="gray" aria-hidden>
                  {items.length}
                </Badge>
              ) : null}
            </Group>
            {items.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t(`inbox.empty.${section.key as Exclude<SectionKey, 'ended'>}`)}
              </Text>
            ) : (
              items.map((placement) => (
                <PlacementSummaryCard
                  key={placement.id}
                  mobility={placement}
                  showStatus={section.statuses.length > 1}
                  departureDue={placement.status === 'ONGOING' && placement.plannedEndDate < today}
                />
              ))
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
