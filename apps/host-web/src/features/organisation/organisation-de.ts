import type { OrganisationTexts } from './organisation-en';

/** German texts of the organisation profile (`host:organisation.*`). */
export const organisationDe: OrganisationTexts = {
  title: 'Profil der Einrichtung',
  name: 'Name',
  address: 'Adresse',
  city: 'Ort',
  country: 'Land',
  coordinates: 'Koordinaten',
  coordinatesValue: '{{latitude}}, {{longitude}}',
  oid: 'OID',
  notRecorded: 'Nicht erfasst',
  contacts: 'Ansprechpersonen in Mobilis',
  noContacts: 'Noch keine Ansprechpersonen.',
  readOnly:
    'Dieses Profil pflegen die entsendenden Organisationen, mit denen Sie zusammenarbeiten. Wenn etwas nicht stimmt, sagen Sie es einer von ihnen.',
  notFound: 'Wir konnten diese Aufnahmeeinrichtung nicht finden.',
};
