import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { type FieldErrorMap, toFieldErrorMap, unshownErrors } from '../forms/field-errors';
import { type MutationProblem, MutationProblemAlert } from '../forms/mutation-problem-alert';
import { useValidationMessage } from '../forms/use-validation-message';
import {
  emptyInviteContact,
  INVITATION_LOCALES,
  INVITE_FIELDS,
  type InvitationLocale,
  type InviteContactValues,
  invitationLocaleOf,
  validateInviteContact,
} from './invite-contact-values';

const InviteHostContactMutation = graphql(`
  mutation InviteContactForm_InviteHostContact($input: InviteHostContactInput!) {
    inviteHostContact(input: $input) {
      ... on HostInvitationPayload {
        email
        expiresAt
      }
      ... on ValidationError {
        fieldErrors {
          path
          code
          message
        }
      }
      ... on NotFoundError {
        message
      }
    }
  }
`);

/** What the API answered: the address the link went to, and when the link expires (ISO). */
export interface SentInvitation {
  email: string;
  expiresAt: string;
}

export interface InviteContactFormProps {
  sendingOrganisationId: string;
  hostOrganisationId: string;
  /** Labels the form, e.g. "Invite a contact at Talleres Valencia". */
  titleId: string;
  onSent: (invitation: SentInvitation) => void;
  onCancel: () => void;
}

/**
 * Invites a person at a host institution into Mobilis for host institutions: they get an e-mail
 * with a single-use link valid for 7 days, in the language chosen here.
 */
export function InviteContactForm(props: InviteContactFormProps) {
  const { t, i18n } = useTranslation('org');
  const translate = useValidationMessage();
  const [{ fetching }, invite] = useMutation(InviteHostContactMutation);
  const [values, setValues] = useState<InviteContactValues>(() =>
    emptyInviteContact(invitationLocaleOf(i18n.resolvedLanguage ?? i18n.language)),
  );
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [problem, setProblem] = useState<MutationProblem | null>(null);

  const errorOf = (name: string) => (errors[name] ? translate(errors[name]) : undefined);
  const text = (name: 'name' | 'email') => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((previous) => ({ ...previous, [name]: value }));
    },
    error: errorOf(name),
  });
  const invalid = (map: FieldErrorMap) => {
    setErrors(map);
    setProblem({ kind: 'invalid', unshown: unshownErrors(map, INVITE_FIELDS) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateInviteContact(values);
    if (!checked.ok) return invalid(checked.errors);
    setErrors({});
    setProblem(null);
    const result = await invite({
      input: {
        sendingOrganisationId: props.sendingOrganisationId,
        hostOrganisationId: props.hostOrganisationId,
        ...checked.input,
      },
    });
    const payload = result.data?.inviteHostContact;
    switch (payload?.__typename) {
      case 'HostInvitationPayload':
        props.onSent({ email: payload.email, expiresAt: payload.expiresAt });
        return;
      case 'ValidationError':
        return invalid(toFieldErrorMap(payload.fieldErrors));
      case 'NotFoundError':
        return setProblem({ kind: 'notFound' });
      default:
        setProblem({ kind: 'transport' });
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={props.titleId}>
      <Stack gap="sm">
        {/* An explanation, not a warning: no `role="alert"`. */}
        <Alert role="note" color="blue" variant="light" p="sm">
          <Text size="sm">{t('hosts.invite.intro')}</Text>
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('hosts.invite.name')} required autoComplete="off" {...text('name')} />
          <TextInput
            type="email"
            label={t('hosts.invite.email')}
            required
            autoComplete="off"
            spellCheck={false}
            {...text('email')}
          />
          <NativeSelect
            label={t('hosts.invite.locale')}
            value={values.locale}
            onChange={(event) => {
              const locale = event.currentTarget.value as InvitationLocale;
              setValues((previous) => ({ ...previous, locale }));
            }}
            error={errorOf('locale')}
            data={INVITATION_LOCALES.map((locale) => ({
              value: locale,
              label: t(`hosts.invite.locales.${locale}`),
            }))}
          />
        </SimpleGrid>
        <MutationProblemAlert problem={problem} />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('hosts.invite.submit')}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t('forms.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
