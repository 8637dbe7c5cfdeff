import { type ContactPerson, listContactPersons } from '@mobilis/db/repositories/contact-person-repository';
import { listHostPartners, type Organisation } from '@mobilis/db/repositories/organisation-repository';
import { sendingRole } from '../../auth/sending-access';
import { builder } from '../../graphql/builder';
import { OrganisationRef } from './organisation.types';

export const ContactPersonRef = builder.objectRef<ContactPerson>('ContactPerson').implement({
  description: 'A person at a host institution, as the sending organisation keeps them.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    role: t.string({ nullable: true, resolve: (c) => c.role }),
    email: t.string({ nullable: true, resolve: (c) => c.email }),
    phone: t.string({ nullable: true, resolve: (c) => c.phone }),
  }),
});

interface HostPartner {
  host: Organisation;
  sendingOrganisationId: string;
  contacts: ContactPerson[];
}

const HostPartnerRef = builder.objectRef<HostPartner>('HostPartner').implement({
  description: 'A host institution in a sending organisation’s directory, with its contact persons.',
  fields: (t) => ({
    organisation: t.field({ type: OrganisationRef, resolve: (p) => p.host }),
    contacts: t.field({ type: [ContactPersonRef], resolve: (p) => p.contacts }),
    canEditProfile: t.boolean({
      description: 'Whether this sending organisation entered the host and may edit its profile.',
      resolve: (p) => p.host.createdByOrganisationId === p.sendingOrganisationId,
    }),
  }),
});

builder.objectFields(OrganisationRef, (t) => ({
  hostDirectory: t.field({
    type: [HostPartnerRef],
    nullable: true,
    description: 'The host institutions this sending organisation works with; null unless you send for it.',
    resolve: async (organisation, _args, context) => {
      if (!(await sendingRole(context.viewer, organisation.id))) return null;
      const hosts = await listHostPartners(context.db, organisation.id);
      const contacts = await listContactPersons(
        context.db,
        organisation.id,
        hosts.map((h) => h.id),
      );
      return hosts.map((host) => ({
        host,
        sendingOrganisationId: organisation.id,
        contacts: contacts.filter((c) => c.hostOrganisationId === host.id),
      }));
    },
  }),
}));
