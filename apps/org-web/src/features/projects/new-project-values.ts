import { GRANT_CATEGORIES, type GrantCategory } from '@mobilis/domain/grant/grant-result';
import { projectInputSchema } from '@mobilis/domain/project/project-input';
import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import { eurosToCents, type NumberValue } from '../forms/euro-amounts';
import { type FieldErrorMap, type PathedError, toFieldErrorMap } from '../forms/field-errors';

export interface NewProjectValues {
  code: string;
  title: string;
  startDate: string;
  endDate: string;
  /** Euros as typed, per budget category; `''` when nothing was awarded. */
  awarded: Record<GrantCategory, NumberValue>;
}

export const emptyProjectValues = (): NewProjectValues => ({
  code: '',
  title: '',
  startDate: '',
  endDate: '',
  awarded: Object.fromEntries(GRANT_CATEGORIES.map((category) => [category, ''])) as Record<
    GrantCategory,
    NumberValue
  >,
});

export interface NewProjectInput {
  code: string;
  title: string;
  startDate: string;
  endDate: string;
  awarded: { category: GrantCategory; amountCents: number }[];
}

/** The form as `createProject` takes it: amounts in integer cents, empty categories left out. */
export function toProjectInput(values: NewProjectValues): NewProjectInput {
  return {
    code: values.code.trim(),
    title: values.title,
    startDate: values.startDate,
    endDate: values.endDate,
    awarded: GRANT_CATEGORIES.flatMap((category) => {
      const amountCents = eurosToCents(values.awarded[category]);
      return amountCents === null ? [] : [{ category, amountCents }];
    }),
  };
}

/**
 * Field errors keyed as the form's fields are: `awarded.3.amountCents` (an index into the sent
 * list, as zod and the API report it) becomes `awarded.COURSE_FEES`.
 */
export function projectFieldErrors(errors: readonly PathedError[], input: NewProjectInput): FieldErrorMap {
  return toFieldErrorMap(
    errors.map((error) => {
      const [head, index] = error.path;
      const category =
        head === 'awarded' && index !== undefined ? input.awarded[Number(index)]?.category : undefined;
      return category ? { ...error, path: ['awarded', category] } : error;
    }),
  );
}

/** The browser-side check: the schema the API parses `createProject` with. */
export function validateProject(input: NewProjectInput): FieldErrorMap {
  const result = projectInputSchema.safeParse(input);
  return result.success ? {} : projectFieldErrors(fieldErrorsFromZod(result.error, input), input);
}

/** Every field the form shows an error on. */
export const PROJECT_FIELDS: readonly string[] = [
  'code',
  'title',
  'startDate',
  'endDate',
  ...GRANT_CATEGORIES.map((category) => `awarded.${category}`),
];
