import type { Membership } from '@mobilis/db/repositories/membership-repository';
import { MEMBERSHIP_ROLES } from '@mobilis/domain/access/membership-role';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { RequestViewer } from '../../context';
import { builder } from '../../graphql/builder';
import { must, requestLoaders } from '../../graphql/request-loaders';
import { OrganisationRef } from '../organisation/organisation.types';
import { ParticipantRef } from '../participant/participant.types';

export const MembershipRoleEnum = builder.enumType('MembershipRole', {
  description:
    'What a member may do in an organisation: senders have ADMIN and COORDINATOR, hosts HOST_CONTACT.',
  values: MEMBERSHIP_ROLES,
});

const MembershipRef = builder.objectRef<Membership>('Membership').implement({
  description: 'A person’s role in one organisation.',
  fields: (t) => ({
    role: t.field({ type: MembershipRoleEnum, resolve: (m) => m.role }),
    // The membership itself proves the organisation is the viewer's to see.
    organisation: t.field({
      type: OrganisationRef,
      resolve: (m, _a, c) => requestLoaders(c).organisation.load(m.organisationId).then(must),
    }),
  }),
});

export const ViewerRef = builder.objectRef<RequestViewer>('Viewer').implement({
  description: 'The signed-in person.',
  fields: (t) => ({
    id: t.id({ description: 'The user’s global ID.', resolve: (v) => encodeGlobalID('User', v.user.id) }),
    displayName: t.string({ resolve: (v) => v.user.displayName }),
    email: t.string({ resolve: (v) => v.user.email }),
    locale: t.string({
      description: 'Language for the UI and e-mails (BCP 47, e.g. en, de).',
      resolve: (v) => v.user.locale,
    }),
    memberships: t.field({ type: [MembershipRef], resolve: (v) => v.memberships() }),
    participants: t.field({
      type: [ParticipantRef],
      description: 'Participant records linked to this person (one per sending organisation).',
      resolve: (v) => v.participants(),
    }),
  }),
});
