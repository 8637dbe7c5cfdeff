import { activityType as activityTypeOf } from '@mobilis/domain/catalogue/activity-type-catalogue';
import { checkMobilityRules } from '@mobilis/domain/mobility/check-mobility-rules';
import { mobilityInputSchema } from '@mobilis/domain/mobility/mobility-input';
import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import {
  VALIDATION_MESSAGES,
  type ValidationMessageCode,
} from '@mobilis/domain/validation/validation-messages';
import type { MobilityFactsInput } from '../../../gql/graphql';
import { activityTypeToGraphql } from '../activity-type-name';
import type { CodedProblem } from '../use-mobility-messages';
import {
  isMobilityFormField,
  type MobilityFormField,
  type MobilityFormOptions,
  type MobilityFormValues,
  type NumberValue,
} from './mobility-form-values';

export type MobilityFormErrors = Partial<Record<MobilityFormField, CodedProblem>>;

/** The parties and facts the API takes, once the form is complete and follows the rules. */
export interface MobilityFormInput {
  readonly projectId: string;
  readonly participantId: string;
  readonly hostOrganisationId: string;
  readonly facts: MobilityFactsInput;
}

export interface MobilityFormCheck {
  readonly errors: MobilityFormErrors;
  /** `null` while anything is missing or wrong: nothing is sent or previewed then. */
  readonly input: MobilityFormInput | null;
}

const coded = (code: ValidationMessageCode): CodedProblem => ({ code, message: VALIDATION_MESSAGES[code] });

/** Empty → absent (the schema's default applies); a half-typed string is passed on so the schema reports it. */
function numberOrAbsent(value: NumberValue): number | string | undefined {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : value;
}

function factsOf(values: MobilityFormValues) {
  const courseFees = values.activityType !== '' && activityTypeOf(values.activityType).courseFees;
  return {
    activityType: values.activityType === '' ? undefined : values.activityType,
    plannedStartDate: values.plannedStartDate === '' ? undefined : values.plannedStartDate,
    plannedEndDate: values.plannedEndDate === '' ? undefined : values.plannedEndDate,
    travelDays: numberOrAbsent(values.travelDays),
    greenTravel: values.greenTravel,
    officialDistanceKm: numberOrAbsent(values.officialDistanceKm) ?? null,
    // The field is only offered for activities with course fees; elsewhere none are claimed.
    courseFeeDays: courseFees ? numberOrAbsent(values.courseFeeDays) : 0,
    accompanyingPerson: values.accompanyingPerson,
    zeroGrant: values.zeroGrant,
    forceMajeure: values.forceMajeure,
    organisationalSupportNotRequested: values.organisationalSupportNotRequested,
  };
}

/**
 * The browser-side check, with the code the API runs: `mobilityInputSchema` for the facts, then
 * `checkMobilityRules` against the chosen project and participant, so rule problems show before
 * anything is sent. Each field keeps its first problem.
 */
export function validateMobilityForm(
  values: MobilityFormValues,
  options: MobilityFormOptions,
): MobilityFormCheck {
  const errors: MobilityFormErrors = {};
  const add = (field: MobilityFormField, problem: CodedProblem) => {
    errors[field] ??= problem;
  };
  const project = options.projects.find((candidate) => candidate.id === values.projectId) ?? null;
  const participant = options.participants.find((candidate) => candidate.id === values.participantId) ?? null;
  if (!project) add('projectId', coded('REQUIRED'));
  if (!participant) add('participantId', coded(values.participantId ? 'PARTICIPANT_UNKNOWN' : 'REQUIRED'));
  if (!options.hosts.some((host) => host.id === values.hostOrganisationId)) {
    add('hostOrganisationId', coded(values.hostOrganisationId ? 'HOST_NOT_IN_DIRECTORY' : 'HOST_REQUIRED'));
  }

  const input = factsOf(values);
  const parsed = mobilityInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const error of fieldErrorsFromZod(parsed.error, input)) {
      const field = String(error.path[0] ?? '');
      add(isMobilityFormField(field) ? field : 'activityType', error);
    }
    return { errors, input: null };
  }
  if (project?.action) {
    const problems = checkMobilityRules(parsed.data, {
      projectAction: project.action,
      projectStartDate: project.startDate,
      projectEndDate: project.endDate,
      // Until a participant is chosen, the category rule is skipped below.
      participantCategory: participant?.category ?? 'STAFF',
    });
    for (const problem of problems) {
      if (!participant && problem.code === 'ACTIVITY_CATEGORY_MISMATCH') continue;
      const field = String(problem.path[0] ?? '');
      add(isMobilityFormField(field) ? field : 'activityType', problem);
    }
  }
  if (!project || !participant || Object.keys(errors).length > 0) return { errors, input: null };
  const facts = parsed.data;
  return {
    errors,
    input: {
      projectId: project.id,
      participantId: participant.id,
      hostOrganisationId: values.hostOrganisationId,
      facts: { ...facts, activityType: activityTypeToGraphql(facts.activityType) },
    },
  };
}
