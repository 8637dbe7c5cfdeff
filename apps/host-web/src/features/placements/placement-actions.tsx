import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { AcceptPlacementForm } from './accept-placement-form';
import { ConfirmArrivalForm } from './confirm-arrival-form';
import { ConfirmDepartureForm } from './confirm-departure-form';
import { DeclinePlacementForm } from './decline-placement-form';
import { PlacementNotice, usePlacementNotice } from './placement-notice';

export const PlacementActionsFragment = graphql(`
  fragment PlacementActions_mobility on Mobility {
    id
    version
    availableActions
    plannedStartDate
    plannedEndDate
    actualStartDate
  }
`);

function ActionCard({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={id} padding="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

export interface PlacementActionsProps {
  mobility: FragmentType<typeof PlacementActionsFragment>;
  /** Loads the placement again (after someone else changed it, or the lifecycle refused). */
  onReload: () => void;
}

/** The lifecycle steps the host may take now: exactly those in `availableActions`. */
export function PlacementActions(props: PlacementActionsProps) {
  const mobility = getFragmentData(PlacementActionsFragment, props.mobility);
  const { t } = useTranslation('host');
  const { notice, handle } = usePlacementNotice(props.onReload);
  const can = (action: (typeof mobility.availableActions)[number]) =>
    mobility.availableActions.includes(action);
  const common = { mobilityId: mobility.id, version: mobility.version };

  return (
    <Stack gap="md">
      <PlacementNotice notice={notice} />
      {can('CONFIRM_PLACEMENT') ? (
        <ActionCard
          id="accept-title"
          title={t('placements.accept.title')}
          intro={t('placements.accept.intro')}
        >
          <AcceptPlacementForm {...common} onOutcome={handle(t('placements.accept.done'))} />
        </ActionCard>
      ) : null}
      {can('DECLINE_PLACEMENT') ? (
        <ActionCard
          id="decline-title"
          title={t('placements.decline.title')}
          intro={t('placements.decline.intro')}
        >
          <DeclinePlacementForm {...common} onOutcome={handle(t('placements.decline.done'))} />
        </ActionCard>
      ) : null}
      {can('CONFIRM_ARRIVAL') ? (
        <ActionCard
          id="arrival-title"
          title={t('placements.arrival.title')}
          intro={t('placements.arrival.intro')}
        >
          <ConfirmArrivalForm
            {...common}
            plannedStartDate={mobility.plannedStartDate}
            onOutcome={handle(t('placements.arrival.done'))}
          />
        </ActionCard>
      ) : null}
      {can('CONFIRM_DEPARTURE') ? (
        <ActionCard
          id="departure-title"
          title={t('placements.departure.title')}
          intro={t('placements.departure.intro')}
        >
          <ConfirmDepartureForm
            {...common}
            startDate={mobility.actualStartDate ?? mobility.plannedStartDate}
            plannedEndDate={mobility.plannedEndDate}
            onOutcome={handle(t('placements.departure.done'))}
          />
        </ActionCard>
      ) : null}
    </Stack>
  );
}
