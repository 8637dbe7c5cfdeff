import { Anchor, DataList, List, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@mobilis/ui/i18n/use-formatters';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';

export const OrganisationProfileFragment = graphql(`
  fragment OrganisationProfile_organisation on Organisation {
    name
    address
    city
    country
    latitude
    longitude
    oid
    hostContacts {
      displayName
      email
    }
  }
`);

/** Coordinates to five decimals (about a metre), with the locale's decimal separator. */
function useCoordinateFormat(): (value: number) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 5 });
    return (value: number) => format.format(value);
  }, [locale]);
}

/** The host institution's profile as the sending organisations keep it (read-only here). */
export function OrganisationProfile(props: {
  organisation: FragmentType<typeof OrganisationProfileFragment>;
}) {
  const organisation = getFragmentData(OrganisationProfileFragment, props.organisation);
  const { t } = useTranslation('host');
  const format = useFormatters();
  const coordinate = useCoordinateFormat();
  const { latitude, longitude } = organisation;
  const items: [label: string, value: string | null][] = [
    [t('organisation.name'), organisation.name],
    [t('organisation.address'), organisation.address ?? null],
    [t('organisation.city'), organisation.city],
    [t('organisation.country'), format.country(organisation.country)],
    [
      t('organisation.coordinates'),
      latitude !== null && latitude !== undefined && longitude !== null && longitude !== undefined
        ? t('organisation.coordinatesValue', {
            latitude: coordinate(latitude),
            longitude: coordinate(longitude),
          })
        : null,
    ],
    [t('organisation.oid'), organisation.oid ?? null],
  ];
  return (
    <Stack gap="md">
      <DataList labelWidth="9rem" gap="sm">
        {items.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>
              {value ?? (
                <Text span c="dimmed" size="sm">
                  {t('organisation.notRecorded')}
                </Text>
              )}
            </DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
      <Stack gap="xs" component="section" aria-labelledby="host-contacts-heading">
        <Title order={2} size="h4" id="host-contacts-heading">
          {t('organisation.contacts')}
        </Title>
        {organisation.hostContacts?.length ? (
          <List spacing={4}>
            {organisation.hostContacts.map((contact) => (
              <List.Item key={contact.email}>
                {contact.displayName} · <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('organisation.noContacts')}
          </Text>
        )}
      </Stack>
      <Text size="sm" c="dimmed">
        {t('organisation.readOnly')}
      </Text>
    </Stack>
  );
}
