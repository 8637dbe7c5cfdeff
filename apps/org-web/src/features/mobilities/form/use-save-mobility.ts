import { useMutation } from 'urql';
import { graphql } from '../../../gql/gql';
import { type MobilityMutationOutcome, mobilityMutationOutcome } from '../mobility-mutation-outcome';
import type { MobilityFormInput } from './validate-mobility-form';

const CreateMobilityMutation = graphql(`
  mutation MobilityForm_CreateMobility($input: CreateMobilityInput!) {
    createMobility(input: $input) {
      __typename
      ... on MobilityPayload {
        mobility {
          id
          version
          status
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`);

const UpdateMobilityMutation = graphql(`
  mutation MobilityForm_UpdateMobility($input: UpdateMobilityInput!) {
    updateMobility(input: $input) {
      __typename
      ... on MobilityPayload {
        mobility {
          id
          version
          status
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

/** The saved mobility the form edits: its ID and the version it was read at. */
export interface EditedMobility {
  readonly id: string;
  readonly version: number;
}

/** Creates a mobility, or updates `editing` if it is still at the version the form was filled from. */
export function useSaveMobility(editing: EditedMobility | null) {
  const [createState, create] = useMutation(CreateMobilityMutation);
  const [updateState, update] = useMutation(UpdateMobilityMutation);
  const save = async (input: MobilityFormInput): Promise<MobilityMutationOutcome> => {
    if (!editing) {
      const result = await create({ input });
      return mobilityMutationOutcome(result.data?.createMobility, result.error);
    }
    const { projectId: _project, ...changes } = input;
    const result = await update({
      input: { ...changes, mobilityId: editing.id, expectedVersion: editing.version },
    });
    return mobilityMutationOutcome(result.data?.updateMobility, result.error);
  };
  return { save, saving: createState.fetching || updateState.fetching };
}
