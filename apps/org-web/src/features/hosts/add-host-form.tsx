import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { COUNTRIES } from '@mobilis/domain/countries/country-list';
import {
  ORGANISATION_TYPES,
  type OrganisationType,
} from '@mobilis/domain/organisation/organisation-profile-input';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql/gql';
import { type FieldErrorMap, toFieldErrorMap, unshownErrors } from '../forms/field-errors';
import { type MutationProblem, MutationProblemAlert } from '../forms/mutation-problem-alert';
import { useDecimalSeparator } from '../forms/use-decimal-separator';
import { useValidationMessage } from '../forms/use-validation-message';
import {
  emptyHostProfile,
  HOST_PROFILE_FIELDS,
  type HostProfileValues,
  validateHostProfile,
} from './host-profile-values';

const AddHostOrganisationMutation = graphql(`
  mutation AddHostForm_AddHostOrganisation($input: AddHostOrganisationInput!) {
    addHostOrganisation(input: $input) {
      ... on OrganisationPayload {
        organisation {
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

type TextField = 'name' | 'city' | 'address' | 'oid' | 'pic' | 'erasmusCode';

/** Adds a host institution to the directory; an OID already in Mobilis links that organisation. */
export function AddHostForm({ organisationId, onAdded }: { organisationId: string; onAdded: () => void }) {
  const { t } = useTranslation('org');
  const format = useFormatters();
  const translate = useValidationMessage();
  const decimalSeparator = useDecimalSeparator();
  const [{ fetching }, addHost] = useMutation(AddHostOrganisationMutation);
  const [values, setValues] = useState<HostProfileValues>(emptyHostProfile);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const countries = useMemo(
    () =>
      COUNTRIES.map((country) => ({ value: country.code, label: format.country(country.code) })).sort(
        (a, b) => a.label.localeCompare(b.label),
      ),
    [format],
  );

  const set = (patch: Partial<HostProfileValues>) => setValues((previous) => ({ ...previous, ...patch }));
  const errorOf = (field: string) => (errors[field] ? translate(errors[field]) : undefined);
  const text = (field: TextField) => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => set({ [field]: event.currentTarget.value }),
    error: errorOf(field),
  });
  const coordinate = (field: 'latitude' | 'longitude', limit: number) => ({
    value: values[field],
    onChange: (value: number | string) => set({ [field]: value }),
    error: errorOf(field),
    min: -limit,
    max: limit,
    decimalScale: 6,
    decimalSeparator,
  });
  const invalid = (map: FieldErrorMap) => {
    setErrors(map);
    setProblem({ kind: 'invalid', unshown: unshownErrors(map, HOST_PROFILE_FIELDS) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const checked = validateHostProfile(values);
    if (!checked.ok) return invalid(checked.errors);
    setErrors({});
    setProblem(null);
    const result = await addHost({
      input: { sendingOrganisationId: organisationId, profile: checked.profile },
    });
    const payload = result.data?.addHostOrganisation;
    switch (payload?.__typename) {
      case 'OrganisationPayload':
        setValues(emptyHostProfile());
        setAdded(payload.organisation.name);
        onAdded();
        return;
      case 'ValidationError':
        // The profile's fields are the input's `profile.*`; the API reports them without the prefix.
        return invalid(
          toFieldErrorMap(
            payload.fieldErrors.map((error) => ({
              ...error,
              path: error.path[0] === 'profile' ? error.path.slice(1) : error.path,
            })),
          ),
        );
      case 'NotFoundError':
        return setProblem({ kind: 'notFound' });
      default:
        setProblem({ kind: 'transport' });
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="add-host-title">
      <Stack gap="sm">
        <Alert color="blue" variant="light" p="sm">
          <Text size="sm">{t('hosts.form.oidHelp')}</Text>
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('hosts.form.oid')}
            description={t('hosts.form.oidDescription')}
            autoComplete="off"
            spellCheck={false}
            {...text('oid')}
          />
          <TextInput
            label={t('hosts.form.pic')}
            description={t('hosts.form.picDescription')}
            autoComplete="off"
            inputMode="numeric"
            {...text('pic')}
          />
          <TextInput
            label={t('hosts.form.erasmusCode')}
            description={t('hosts.form.erasmusCodeDescription')}
            autoComplete="off"
            spellCheck={false}
            {...text('erasmusCode')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('hosts.form.name')} required autoComplete="off" {...text('name')} />
          <NativeSelect
            label={t('hosts.form.type')}
            required
            value={values.type}
            onChange={(event) => set({ type: event.currentTarget.value as OrganisationType | '' })}
            error={errorOf('type')}
            data={[
              { value: '', label: t('hosts.form.chooseType') },
              ...ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`hosts.types.${type}`) })),
            ]}
          />
          <NativeSelect
            label={t('hosts.form.country')}
            required
            value={values.country}
            onChange={(event) => set({ country: event.currentTarget.value })}
            error={errorOf('country')}
            data={[{ value: '', label: t('hosts.form.chooseCountry') }, ...countries]}
          />
          <TextInput label={t('hosts.form.city')} required {...text('city')} />
        </SimpleGrid>
        <TextInput label={t('hosts.form.address')} {...text('address')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('hosts.form.latitude')}
            description={t('hosts.form.coordinatesDescription')}
            {...coordinate('latitude', 90)}
          />
          <NumberInput label={t('hosts.form.longitude')} {...coordinate('longitude', 180)} />
        </SimpleGrid>
        <MutationProblemAlert problem={problem} />
        <Text role="status" size="sm" c="green.9" fw={600}>
          {added ? t('hosts.form.added', { name: added }) : null}
        </Text>
        <Group>
          <Button type="submit" loading={fetching}>
            {t('hosts.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
