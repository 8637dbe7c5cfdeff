import {
  findVisibleOrganisationsByIds,
  type Organisation,
} from '@mobilis/db/repositories/organisation-repository';
import { builder } from '../../graphql/builder';

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
  }),
});
