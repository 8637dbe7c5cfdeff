import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { type MobilityMutationOutcome, mobilityMutationOutcome } from './mobility-mutation-outcome';

const ReturnMobilityToDraftMutation = graphql(`
  mutation ReturnToDraftButton_ReturnMobilityToDraft($input: ReturnMobilityToDraftInput!) {
    returnMobilityToDraft(input: $input) {
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

export interface MobilityActionButtonProps {
  mobilityId: string;
  version: number;
  onOutcome: (outcome: MobilityMutationOutcome) => void;
}

/** After a decline: back to draft, to rework the mobility before proposing it again. */
export function ReturnToDraftButton({ mobilityId, version, onOutcome }: MobilityActionButtonProps) {
  const { t } = useTranslation('org');
  const [{ fetching }, returnToDraft] = useMutation(ReturnMobilityToDraftMutation);
  const run = async () => {
    const result = await returnToDraft({ input: { mobilityId, expectedVersion: version } });
    onOutcome(mobilityMutationOutcome(result.data?.returnMobilityToDraft, result.error));
  };
  return (
    <Button variant="default" loading={fetching} onClick={() => void run()}>
      {t('mobilities.actions.returnToDraft')}
    </Button>
  );
}
