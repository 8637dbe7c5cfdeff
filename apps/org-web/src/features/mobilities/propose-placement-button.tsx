import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { mobilityMutationOutcome } from './mobility-mutation-outcome';
import type { MobilityActionButtonProps } from './return-to-draft-button';
import { useMobilityMessages } from './use-mobility-messages';

const ProposePlacementMutation = graphql(`
  mutation ProposePlacementButton_ProposePlacement($input: ProposePlacementInput!) {
    proposePlacement(input: $input) {
      __typename
      ... on MobilityPayload {
        mobility {
          id
          version
          status
          availableActions
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
          message
        }
      }
      ... on InvalidTransitionError {
        code
        fromStatus
        message
      }
    }
  }
`);

export interface HostChoice {
  id: string;
  name: string;
  city: string;
  country: string;
}

export interface ProposePlacementButtonProps extends MobilityActionButtonProps {
  /** After a decline the placement goes to another host of the directory (reference §8.7). */
  declined: boolean;
  currentHostId: string | null;
  hosts: readonly HostChoice[];
}

/** Sends the placement to the host; after a decline, asks for another host first. */
export function ProposePlacementButton(props: ProposePlacementButtonProps) {
  const { mobilityId, version, onOutcome, declined, currentHostId, hosts } = props;
  const { t } = useTranslation('org');
  const format = useFormatters();
  const messages = useMobilityMessages();
  const [{ fetching }, propose] = useMutation(ProposePlacementMutation);
  const [open, setOpen] = useState(false);
  const [hostId, setHostId] = useState('');
  const [hostError, setHostError] = useState<string | null>(null);
  const otherHosts = hosts.filter((host) => host.id !== currentHostId);

  const run = async (hostOrganisationId?: string) => {
    const result = await propose({
      input: { mobilityId, expectedVersion: version, ...(hostOrganisationId ? { hostOrganisationId } : {}) },
    });
    const outcome = mobilityMutationOutcome(result.data?.proposePlacement, result.error);
    const hostProblem = outcome.kind === 'invalid' ? outcome.fieldErrors[0] : undefined;
    if (open && hostProblem) {
      setHostError(messages.validation(hostProblem));
      return;
    }
    setOpen(false);
    onOutcome(outcome);
  };
  const submitOtherHost = () => {
    if (hostId === '') {
      setHostError(
        messages.validation({ code: 'HOST_REQUIRED', message: 'Choose a host institution first.' }),
      );
      return;
    }
    void run(hostId);
  };

  return (
    <>
      <Button loading={fetching && !open} onClick={() => (declined ? setOpen(true) : void run())}>
        {t('mobilities.actions.proposePlacement')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('mobilities.propose.title')}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submitOtherHost();
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('mobilities.propose.intro')}</Text>
            {otherHosts.length === 0 ? (
              <Text size="sm">{t('mobilities.propose.noOtherHost')}</Text>
            ) : (
              <NativeSelect
                label={t('mobilities.propose.host')}
                value={hostId}
                onChange={(event) => {
                  setHostId(event.currentTarget.value);
                  setHostError(null);
                }}
                error={hostError}
                required
                data={[
                  { value: '', label: t('mobilities.propose.chooseHost'), disabled: true },
                  ...otherHosts.map((host) => ({
                    value: host.id,
                    label: t('mobilities.form.hostOption', {
                      name: host.name,
                      city: host.city,
                      country: format.country(host.country),
                    }),
                  })),
                ]}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('mobilities.propose.keep')}
              </Button>
              <Button type="submit" loading={fetching} disabled={otherHosts.length === 0}>
                {t('mobilities.propose.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
