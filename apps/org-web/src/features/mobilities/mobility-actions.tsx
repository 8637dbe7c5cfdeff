import { Alert, Button, Group, Stack } from '@mantine/core';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { CancelMobilityButton } from './cancel-mobility-button';
import type { MobilityMutationOutcome } from './mobility-mutation-outcome';
import { ProposePlacementButton } from './propose-placement-button';
import { ReturnToDraftButton } from './return-to-draft-button';
import { useMobilityMessages } from './use-mobility-messages';

export const MobilityActionsFragment = graphql(`
  fragment MobilityActions_mobility on Mobility {
    id
    version
    status
    availableActions
    hostOrganisation {
      id
    }
  }
`);

export const MobilityActionsOrganisationFragment = graphql(`
  fragment MobilityActions_organisation on Organisation {
    hostDirectory {
      organisation {
        id
        name
        city
        country
      }
    }
  }
`);

/**
 * Facts can be edited until the placement is settled with the host; later, dates change through
 * the host's confirmations. The API enforces the same list (`updateMobility`).
 */
const EDITABLE_STATUSES: ReadonlySet<string> = new Set(['DRAFT', 'DECLINED', 'PROPOSED', 'CONFIRMED']);

type Notice = { readonly kind: 'success' | 'problem'; readonly text: string };

export interface MobilityActionsProps {
  mobility: FragmentType<typeof MobilityActionsFragment>;
  organisation: FragmentType<typeof MobilityActionsOrganisationFragment> | null;
  /** Loads the mobility again from the server (after someone else changed it, or a refusal). */
  onReload: () => void;
}

/** The lifecycle actions the viewer may take now (`availableActions`), and editing. */
export function MobilityActions(props: MobilityActionsProps) {
  const mobility = getFragmentData(MobilityActionsFragment, props.mobility);
  const organisation = props.organisation
    ? getFragmentData(MobilityActionsOrganisationFragment, props.organisation)
    : null;
  const { t } = useTranslation('org');
  const messages = useMobilityMessages();
  const [notice, setNotice] = useState<Notice | null>(null);
  const can = (action: (typeof mobility.availableActions)[number]) =>
    mobility.availableActions.includes(action);

  const handle = (success: string) => (outcome: MobilityMutationOutcome) => {
    if (outcome.kind === 'ok') {
      setNotice({ kind: 'success', text: success });
      return;
    }
    const text =
      outcome.kind === 'invalid'
        ? outcome.fieldErrors.map((error) => messages.validation(error)).join(' ')
        : (messages.outcome(outcome) ?? '');
    setNotice({ kind: 'problem', text });
    if (outcome.kind === 'stale' || outcome.kind === 'transition') props.onReload();
  };
  const common = { mobilityId: mobility.id, version: mobility.version };
  const editable = EDITABLE_STATUSES.has(mobility.status);
  const anything = editable || can('PROPOSE_PLACEMENT') || can('RETURN_TO_DRAFT') || can('CANCEL_MOBILITY');
  if (!anything && !notice) return null;

  return (
    <Stack gap="sm">
      {notice?.kind === 'success' ? (
        <Alert role="status" color="green" variant="light">
          {notice.text}
        </Alert>
      ) : null}
      {notice?.kind === 'problem' ? (
        <ErrorAlert title={null} focusOnMount>
          {notice.text}
        </ErrorAlert>
      ) : null}
      {anything ? (
        <Group component="section" aria-label={t('mobilities.actions.label')} gap="sm" wrap="wrap">
          {can('PROPOSE_PLACEMENT') ? (
            <ProposePlacementButton
              {...common}
              onOutcome={handle(t('mobilities.actions.proposed'))}
              declined={mobility.status === 'DECLINED'}
              currentHostId={mobility.hostOrganisation?.id ?? null}
              hosts={organisation?.hostDirectory?.map((partner) => partner.organisation) ?? []}
            />
          ) : null}
          {editable ? (
            <Button
              component={Link}
              to={`/mobilities/${encodeURIComponent(mobility.id)}/edit`}
              variant="default"
            >
              {t('mobilities.actions.edit')}
            </Button>
          ) : null}
          {can('RETURN_TO_DRAFT') ? (
            <ReturnToDraftButton {...common} onOutcome={handle(t('mobilities.actions.returnedToDraft'))} />
          ) : null}
          {can('CANCEL_MOBILITY') ? (
            <CancelMobilityButton {...common} onOutcome={handle(t('mobilities.actions.cancelled'))} />
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
