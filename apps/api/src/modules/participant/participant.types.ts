import {
  findVisibleParticipantsByIds,
  PARTICIPANT_CATEGORIES,
  type Participant,
} from '@mobilis/db/repositories/participant-repository';
import { builder } from '../../graphql/builder';
import { must, requestLoaders } from '../../graphql/request-loaders';
import { OrganisationRef } from '../organisation/organisation.types';

export const ParticipantCategoryEnum = builder.enumType('ParticipantCategory', {
  values: PARTICIPANT_CATEGORIES,
});

export const ParticipantRef = builder.loadableNode('Participant', {
  description: 'A person a sending organisation sends abroad (staff member or learner).',
  id: { resolve: (participant: Participant) => participant.id },
  load: (ids: string[], context) =>
    context.viewer
      ? findVisibleParticipantsByIds(context.db, ids, context.viewer.user.id)
      : Promise.resolve([]),
  sort: (participant) => participant.id,
  fields: (t) => ({
    displayName: t.string({ resolve: (p) => `${p.firstName} ${p.lastName}` }),
    category: t.field({ type: ParticipantCategoryEnum, resolve: (p) => p.category }),
    organisation: t.field({
      type: OrganisationRef,
      description: 'The sending organisation.',
      // Whoever may see the participant may see who sends them.
      resolve: (p, _a, c) => requestLoaders(c).organisation.load(p.organisationId).then(must),
    }),
  }),
});
