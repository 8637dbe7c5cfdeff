import { emailField, requiredText } from '@mobilis/domain/validation/common-fields';
import { fieldErrorsFromZod } from '@mobilis/domain/validation/field-errors';
import { type FieldErrorMap, toFieldErrorMap } from '../forms/field-errors';

/** The languages the invitation e-mail is written in (the API's `locale`: en or de). */
export const INVITATION_LOCALES = ['en', 'de'] as const;
export type InvitationLocale = (typeof INVITATION_LOCALES)[number];

export interface InviteContactValues {
  name: string;
  email: string;
  locale: InvitationLocale;
}

export const emptyInviteContact = (locale: InvitationLocale): InviteContactValues => ({
  name: '',
  email: '',
  locale,
});

export const INVITE_FIELDS: readonly string[] = ['name', 'email', 'locale'];

export interface InviteContactInput {
  name: string;
  email: string;
  locale: InvitationLocale;
}

/** The UI language when the e-mail can be written in it, else English. */
export function invitationLocaleOf(language: string | undefined): InvitationLocale {
  const base = (language ?? '').toLowerCase().split('-')[0];
  return INVITATION_LOCALES.find((locale) => locale === base) ?? 'en';
}

// The API checks an invitation with these fields of the domain package (its schema is not
// exported): a name of at most 200 characters and an e-mail address.
const FIELDS = { name: requiredText(200), email: emailField } as const;

/** Checks an invitation field by field; on success, the input to send. */
export function validateInviteContact(
  values: InviteContactValues,
): { ok: true; input: InviteContactInput } | { ok: false; errors: FieldErrorMap } {
  const name = FIELDS.name.safeParse(values.name);
  const email = FIELDS.email.safeParse(values.email);
  if (name.success && email.success) {
    return { ok: true, input: { name: name.data, email: email.data, locale: values.locale } };
  }
  return {
    ok: false,
    errors: toFieldErrorMap([
      ...(name.success
        ? []
        : fieldErrorsFromZod(name.error, values.name).map((e) => ({ ...e, path: ['name'] }))),
      ...(email.success
        ? []
        : fieldErrorsFromZod(email.error, values.email).map((e) => ({ ...e, path: ['email'] }))),
    ]),
  };
}
