import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { requiredText } from '@mobilis/domain/validation/common-fields';
import { VALIDATION_MESSAGES } from '@mobilis/domain/validation/validation-messages';
import { ErrorAlert } from '@mobilis/ui/error-alert';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import type { FieldErrorMap } from '../forms/field-errors';
import { parseForm, useFieldErrors } from '../forms/use-field-errors';

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitationForm_AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on SignInPayload {
        viewer {
          id
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

const nameSchema = requiredText(200);

/** The API's rule for a chosen password (apps/api redeem-link): 10 to 1024 characters, or none. */
function passwordErrors(password: string): FieldErrorMap {
  if (password === '' || (password.length >= 10 && password.length <= 1024)) return {};
  const code = password.length < 10 ? 'PASSWORD_TOO_SHORT' : 'PASSWORD_TOO_LONG';
  return { password: { code, message: VALIDATION_MESSAGES[code] } };
}

export interface AcceptInvitationFormProps {
  token: string;
  /** The API signed the person in (the session cookie is set). */
  onAccepted: () => void;
  /** The link expired, was used already, or never existed. */
  onInvalidLink: () => void;
}

/** Confirm your name and, if you like, choose a password; accepting signs you in. */
export function AcceptInvitationForm({ token, onAccepted, onInvalidLink }: AcceptInvitationFormProps) {
  const { t } = useTranslation(['host', 'common']);
  const [{ fetching }, acceptInvitation] = useMutation(AcceptInvitationMutation);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [failed, setFailed] = useState(false);
  const { formRef, report, errorOf, clear } = useFieldErrors();

  const submit = async () => {
    setFailed(false);
    const name = parseForm(nameSchema, displayName);
    // The name schema checks the bare value, so its one error has an empty path.
    const nameError = name.ok ? undefined : Object.values(name.errors)[0];
    const errors: FieldErrorMap = {
      ...(nameError ? { displayName: nameError } : {}),
      ...passwordErrors(password),
    };
    report(errors);
    if (!name.ok || Object.keys(errors).length > 0) return;
    const result = await acceptInvitation({
      input: { token, displayName: name.data, password: password === '' ? null : password },
    });
    const payload = result.data?.acceptInvitation;
    switch (payload?.__typename) {
      case 'SignInPayload':
        onAccepted();
        return;
      case 'InvalidLinkError':
        onInvalidLink();
        return;
      case 'ValidationError': {
        const byField: Record<string, { code: string; message: string }> = {};
        for (const error of payload.fieldErrors) {
          const field = error.path[error.path.length - 1] === 'password' ? 'password' : 'displayName';
          byField[field] ??= error;
        }
        report(byField);
        return;
      }
      default:
        setFailed(true);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      aria-busy={fetching}
      onSubmit={(event) => {
        event.preventDefault();
        if (!fetching) void submit();
      }}
    >
      <Stack gap="md">
        {failed ? <ErrorAlert focusOnMount>{t('common:errors.generic')}</ErrorAlert> : null}
        <TextInput
          label={t('host:access.invitation.displayName')}
          description={t('host:access.invitation.displayNameDescription')}
          name="displayName"
          autoComplete="name"
          required
          withAsterisk={false}
          value={displayName}
          error={errorOf('displayName')}
          onChange={(event) => {
            setDisplayName(event.currentTarget.value);
            clear('displayName');
          }}
        />
        <PasswordInput
          label={t('host:access.invitation.password')}
          description={t('host:access.invitation.passwordDescription')}
          name="password"
          autoComplete="new-password"
          value={password}
          error={errorOf('password')}
          // Mantine's PasswordInput, unlike TextInput, does not mark its input invalid itself.
          aria-invalid={errorOf('password') ? true : undefined}
          visibilityToggleButtonProps={{ 'aria-label': t('common:signIn.showPassword') }}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            clear('password');
          }}
        />
        <Button type="submit" loading={fetching} fullWidth>
          {t('host:access.invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
