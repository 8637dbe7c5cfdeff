import {
  findVisibleOrganisationsByIds,
  type Organisation,
} from '@mobilis/db/repositories/organisation-repository';
import { ORGANISATION_TYPES } from '@mobilis/domain/organisation/organisation-profile-input';
import { builder } from '../../graphql/builder';

export const OrganisationTypeEnum = builder.enumType('OrganisationType', {
  description: 'The kind of organisation (school, VET provider, company, …).',
  values: ORGANISATION_TYPES,
});

export const OrganisationRef = builder.loadableNode('Organisation', {
  description: 'A sending organisation or a host institution.',
  id: { resolve: (organisation: Organisation) => organisation.id },
  // Visibility is part of the query: an organisation the viewer may not see is simply absent.
  load: (ids: string[], context) =>
    context.viewer
      ? findVisibleOrganisationsByIds(context.db, ids, context.viewer.user.id)
      : Promise.resolve([]),
  sort: (organisation) => organisation.id,
  fields: (t) => ({
    name: t.exposeString('name'),
    country: t.exposeString('country', { description: 'ISO 3166-1 alpha-2 code.' }),
    city: t.exposeString('city'),
    type: t.field({ type: OrganisationTypeEnum, resolve: (o) => o.type }),
    address: t.string({ nullable: true, resolve: (o) => o.address }),
    latitude: t.float({ nullable: true, resolve: (o) => o.latitude }),
    longitude: t.float({ nullable: true, resolve: (o) => o.longitude }),
    oid: t.string({ nullable: true, description: 'Organisation ID (E + 8 digits).', resolve: (o) => o.oid }),
    pic: t.string({
      nullable: true,
      description: 'Participant Identification Code (9 digits).',
      resolve: (o) => o.pic,
    }),
    erasmusCode: t.string({ nullable: true, resolve: (o) => o.erasmusCode }),
    version: t.exposeInt('version', { description: 'Concurrency token for profile edits.' }),
  }),
});
