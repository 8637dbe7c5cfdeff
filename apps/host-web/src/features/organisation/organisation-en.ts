/** English texts of the organisation profile (`host:organisation.*`). */
export const organisationEn = {
  title: 'Organisation profile',
  name: 'Name',
  address: 'Address',
  city: 'City',
  country: 'Country',
  coordinates: 'Coordinates',
  coordinatesValue: '{{latitude}}, {{longitude}}',
  oid: 'OID',
  notRecorded: 'Not recorded',
  contacts: 'Contacts in Mobilis',
  noContacts: 'No contacts yet.',
  readOnly:
    'The sending organisations you work with keep this profile. If something is wrong, tell one of them.',
  notFound: 'We could not find this host institution.',
};

export type OrganisationTexts = typeof organisationEn;
