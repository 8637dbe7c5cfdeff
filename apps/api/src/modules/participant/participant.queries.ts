import { decodeMobilityCursor } from '@mobilis/db/repositories/mobility-page-repository';
import { listParticipantsPage } from '@mobilis/db/repositories/participant-repository';
import { sendingRole } from '../../auth/sending-access';
import { builder } from '../../graphql/builder';
import { badCursor, connectionOf, pageSize } from '../../graphql/page-args';
import { OrganisationRef } from '../organisation/organisation.types';
import { ParticipantRef } from './participant.types';

const encode = (values: string[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

builder.objectFields(OrganisationRef, (t) => ({
  participants: t.connection({
    type: ParticipantRef,
    nullable: true,
    description: 'The organisation’s participants by name; null unless you send for it.',
    args: { search: t.arg.string({ required: false, description: 'Part of a name or e-mail.' }) },
    resolve: async (organisation, args, context) => {
      if (!(await sendingRole(context.viewer, organisation.id))) return null;
      let after: [string, string, string] | null = null;
      if (args.after) {
        const values = decodeMobilityCursor(args.after);
        if (values?.length !== 3) throw badCursor();
        after = values.map(String) as [string, string, string];
      }
      const page = await listParticipantsPage(context.db, {
        organisationId: organisation.id,
        search: args.search,
        first: pageSize(args.first),
        after,
      });
      return connectionOf(
        page.items.map((p) => ({ node: p, cursor: encode([p.lastName, p.firstName, p.id]) })),
        page.hasNextPage,
      );
    },
  }),
}));
