import { builder } from '../../graphql/builder';
import { ViewerRef } from './viewer.types';

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: 'The signed-in person, or null when signed out.',
    resolve: (_root, _args, context) => context.viewer,
  }),
);
