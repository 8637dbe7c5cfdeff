import { type ParticipantKind, participantInputSchema } from '@mobilis/domain/participant/participant-input';
import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import { type FieldErrorMap, toFieldErrorMap } from '../forms/field-errors';

export interface AddParticipantValues {
  firstName: string;
  lastName: string;
  email: string;
  dateOfBirth: string;
  category: ParticipantKind | '';
  unit: string;
  fewerOpportunities: boolean;
  fewerOpportunitiesJustification: string;
}

export const emptyParticipantValues = (): AddParticipantValues => ({
  firstName: '',
  lastName: '',
  email: '',
  dateOfBirth: '',
  category: '',
  unit: '',
  fewerOpportunities: false,
  fewerOpportunitiesJustification: '',
});

export interface AddParticipantInput {
  firstName: string;
  lastName: string;
  email: string;
  dateOfBirth: string | null;
  category: ParticipantKind;
  unit: string | null;
  fewerOpportunities: boolean;
  fewerOpportunitiesJustification?: string | null;
}

export const PARTICIPANT_FIELDS: readonly string[] = [
  'firstName',
  'lastName',
  'email',
  'dateOfBirth',
  'category',
  'unit',
  'fewerOpportunities',
  'fewerOpportunitiesJustification',
];

/**
 * Checks the form with the schema the API parses `createParticipant` with. The justification is
 * sent only by an administrator and only with the flag set (special-category data, §8.8).
 */
export function validateParticipant(
  values: AddParticipantValues,
  isAdmin: boolean,
): { ok: true; input: AddParticipantInput } | { ok: false; errors: FieldErrorMap } {
  const raw = {
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email,
    dateOfBirth: values.dateOfBirth || null,
    category: values.category || undefined,
    unit: values.unit || null,
    fewerOpportunities: values.fewerOpportunities,
    ...(isAdmin && values.fewerOpportunities
      ? { fewerOpportunitiesJustification: values.fewerOpportunitiesJustification || null }
      : {}),
  };
  const result = participantInputSchema.safeParse(raw);
  if (!result.success) return { ok: false, errors: toFieldErrorMap(fieldErrorsFromZod(result.error, raw)) };
  const { fewerOpportunitiesJustification, ...input } = result.data;
  return { ok: true, input: isAdmin ? { ...input, fewerOpportunitiesJustification } : input };
}
