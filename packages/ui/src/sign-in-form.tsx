import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

export interface SignInValues {
  email: string;
  password: string;
}

export type SignInField = keyof SignInValues;

/** Field → message; a field without an entry is valid. */
export type SignInFieldErrors = Partial<Record<SignInField, string>>;

export interface SignInFormProps {
  onSubmit: (values: SignInValues) => void;
  /** While true the button shows progress and the form cannot be sent again. */
  submitting?: boolean;
  /** A message for the whole form (wrong credentials, transport failure); focus moves to it. */
  error?: string | null;
  /** Messages for single fields, e.g. the server's `ValidationError.fieldErrors`. */
  fieldErrors?: SignInFieldErrors;
  /** Client-side checks, e.g. built from the domain's sign-in zod schema; default: both required. */
  validate?: (values: SignInValues) => SignInFieldErrors;
}

const fieldOrder: readonly SignInField[] = ['email', 'password'];

/**
 * The server's `ValidationError.fieldErrors` as messages per field. A path names the field in the
 * mutation's input (`["email"]`; a leading `"input"` is tolerated); the first message per field wins.
 */
export function toSignInFieldErrors(fieldErrors: readonly { path: readonly string[]; message: string }[]) {
  const errors: SignInFieldErrors = {};
  for (const { path, message } of fieldErrors) {
    const field = fieldOrder.find((name) => name === path[path.length - 1]);
    if (field && !errors[field]) errors[field] = message;
  }
  return errors;
}
const emailShape = /^[^\s@]+@[^\s@]+$/;

/** E-mail and password with labels, client validation, a progress state and an error alert. */
export function SignInForm({ onSubmit, submitting = false, error, fieldErrors, validate }: SignInFormProps) {
  const { t } = useTranslation('common');
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [clientErrors, setClientErrors] = useState<SignInFieldErrors>({});
  const alertRef = useRef<HTMLDivElement>(null);
  const inputRefs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  const requiredChecks = (input: SignInValues): SignInFieldErrors => ({
    ...(input.email.trim() === ''
      ? { email: t('signIn.emailRequired') }
      : emailShape.test(input.email.trim())
        ? {}
        : { email: t('signIn.emailInvalid') }),
    ...(input.password === '' ? { password: t('signIn.passwordRequired') } : {}),
  });

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const submitted = { email: values.email.trim(), password: values.password };
    const errors = (validate ?? requiredChecks)(submitted);
    setClientErrors(errors);
    const firstInvalid = fieldOrder.find((field) => errors[field]);
    if (firstInvalid) {
      inputRefs[firstInvalid].current?.focus();
      return;
    }
    onSubmit(submitted);
  };

  const errorFor = (field: SignInField) => clientErrors[field] ?? fieldErrors?.[field];
  const change = (field: SignInField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setClientErrors((current) => ({ ...current, [field]: undefined }));
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-busy={submitting}>
      <Stack gap="md">
        {error ? (
          <ErrorAlert ref={alertRef} title={t('signIn.failedTitle')}>
            {error}
          </ErrorAlert>
        ) : null}
        <TextInput
          ref={inputRefs.email}
          label={t('signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          required
          withAsterisk={false}
          value={values.email}
          onChange={(event) => change('email')(event.currentTarget.value)}
          error={errorFor('email')}
        />
        <PasswordInput
          ref={inputRefs.password}
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={values.password}
          onChange={(event) => change('password')(event.currentTarget.value)}
          error={errorFor('password')}
          // Mantine's PasswordInput, unlike TextInput, does not mark its input invalid itself.
          aria-invalid={errorFor('password') ? true : undefined}
          // Mantine's default toggle label contains "password" and would make the field's label ambiguous.
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
        />
        <Button type="submit" loading={submitting} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
