import { emailField, optionalText, requiredText } from '@mobilis/domain/validation/common-fields';
import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import type { FieldErrorMap } from '../forms/field-errors';
import { toFieldErrorMap } from '../forms/field-errors';

export interface ContactPersonValues {
  name: string;
  role: string;
  email: string;
  phone: string;
}

export const emptyContactPerson = (): ContactPersonValues => ({ name: '', role: '', email: '', phone: '' });

export const CONTACT_FIELDS: readonly string[] = ['name', 'role', 'email', 'phone'];

export interface ContactPersonInput {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

// The API checks a contact with these fields of the domain package (its schema is not exported):
// a name of at most 200 characters, an optional role (200), e-mail and phone (50).
const FIELDS = {
  name: requiredText(200),
  role: optionalText(200),
  email: emailField.nullish(),
  phone: optionalText(50),
} as const;

/** Checks a contact person field by field; on success, the input to send. */
export function validateContactPerson(
  values: ContactPersonValues,
): { ok: true; input: ContactPersonInput } | { ok: false; errors: FieldErrorMap } {
  const raw = {
    name: values.name,
    role: values.role,
    email: values.email.trim() || null,
    phone: values.phone,
  };
  const name = FIELDS.name.safeParse(raw.name);
  const role = FIELDS.role.safeParse(raw.role);
  const email = FIELDS.email.safeParse(raw.email);
  const phone = FIELDS.phone.safeParse(raw.phone);
  if (name.success && role.success && email.success && phone.success) {
    return {
      ok: true,
      input: { name: name.data, role: role.data, email: email.data ?? null, phone: phone.data },
    };
  }
  const errors = [
    ...(name.success ? [] : fieldErrorsFromZod(name.error, raw.name).map((e) => ({ ...e, path: ['name'] }))),
    ...(role.success ? [] : fieldErrorsFromZod(role.error, raw.role).map((e) => ({ ...e, path: ['role'] }))),
    ...(email.success
      ? []
      : fieldErrorsFromZod(email.error, raw.email).map((e) => ({ ...e, path: ['email'] }))),
    ...(phone.success
      ? []
      : fieldErrorsFromZod(phone.error, raw.phone).map((e) => ({ ...e, path: ['phone'] }))),
  ];
  return { ok: false, errors: toFieldErrorMap(errors) };
}
