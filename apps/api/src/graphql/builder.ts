import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';

export interface AuthScopes {
  signedIn: boolean;
}

/** Plugins and defaults only; the types live in modules/<feature>/. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: string };
  };
}>({
  // Order matters (toolchain doc): auth wraps everything, errors catch before validation runs.
  plugins: [
    ScopeAuthPlugin,
    ErrorsPlugin,
    ValidationPlugin,
    RelayPlugin,
    DataloaderPlugin,
    SimpleObjectsPlugin,
  ],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authScopes: (context) => ({ signedIn: context.viewer !== null }),
    unauthorizedError: () =>
      new GraphQLError('You must be signed in.', { extensions: { code: 'UNAUTHENTICATED' } }),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { nullable: true },
    nodesQueryOptions: false,
  },
  errors: {
    // Never register the built-in Error here: every bug would become a typed result carrying its
    // raw message. Each mutation lists the errors a user can act on.
    defaultTypes: [],
    directResult: true,
  },
});

builder.queryType({});
builder.mutationType({});
