import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { type FieldErrorMap, toFieldErrorMap, unshownErrors } from '../forms/field-errors';
import { type MutationProblem, MutationProblemAlert } from '../forms/mutation-problem-alert';
import { useValidationMessage } from '../forms/use-validation-message';
import {
  CONTACT_FIELDS,
  type ContactPersonValues,
  emptyContactPerson,
  validateContactPerson,
} from './contact-person-values';

const AddContactPersonMutation = graphql(`
  mutation ContactPersonForm_AddContactPerson($input: AddContactPersonInput!) {
    addContactPerson(input: $input) {
      ... on ContactPersonPayload {
        contactPerson {
          id
          name
        }
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

export interface ContactPersonFormProps {
  sendingOrganisationId: string;
  hostOrganisationId: string;
  /** Labels the form, e.g. "Add contact person at Talleres Valencia". */
  titleId: string;
  /** Called with the new contact's name. */
  onAdded: (name: string) => void;
  onCancel: () => void;
}

/** Records a person at a host institution of the directory: name, role, e-mail, phone. */
export function ContactPersonForm(props: ContactPersonFormProps) {
  const { t } = useTranslation('org');
  const translate = useValidationMessage();
  const [{ fetching }, addContact] = useMutation(AddContactPersonMutation);
  const [values, setValues] = useState<ContactPersonValues>(emptyContactPerson);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [problem, setProblem] = useState<MutationProblem | null>(null);

  const field = (name: keyof ContactPersonValues) => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((previous) => ({ ...previous, [name]: value }));
    },
    error: errors[name] ? translate(errors[name]) : undefined,
  });
  const invalid = (map: FieldErrorMap) => {
    setErrors(map);
    setProblem({ kind: 'invalid', unshown: unshownErrors(map, CONTACT_FIELDS) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateContactPerson(values);
    if (!checked.ok) return invalid(checked.errors);
    setErrors({});
    setProblem(null);
    const result = await addContact({
      input: {
        sendingOrganisationId: props.sendingOrganisationId,
        hostOrganisationId: props.hostOrganisationId,
        ...checked.input,
      },
    });
    const payload = result.data?.addContactPerson;
    switch (payload?.__typename) {
      case 'ContactPersonPayload':
        props.onAdded(payload.contactPerson.name);
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('hosts.contactForm.name')} required autoComplete="off" {...field('name')} />
          <TextInput
            label={t('hosts.contactForm.role')}
            description={t('hosts.contactForm.roleDescription')}
            {...field('role')}
          />
          <TextInput
            type="email"
            label={t('hosts.contactForm.email')}
            autoComplete="off"
            {...field('email')}
          />
          <TextInput type="tel" label={t('hosts.contactForm.phone')} autoComplete="off" {...field('phone')} />
        </SimpleGrid>
        <MutationProblemAlert problem={problem} />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('hosts.contactForm.submit')}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t('forms.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
