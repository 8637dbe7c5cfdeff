import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

// Quality bar S-6: depth above 8 and more than 15 aliases are rejected before execution.
export const MAX_DEPTH = 8;
export const MAX_ALIASES = 15;
/** Also bounds parsing work (Apollo passes it to graphql-js's parser). */
export const MAX_TOKENS = 1_000;

function selectionDepth(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection meta-fields count like any other: a fragment called __schema is no escape hatch.
      const below = selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, visiting) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visiting.has(name)) continue; // cycles are reported by graphql-js's own rule
      visiting.add(name);
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

export function maxDepthRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      const depth = selectionDepth(operation.selectionSet, fragments, new Set());
      if (depth > MAX_DEPTH) {
        context.reportError(
          new GraphQLError(`Query is too deep: ${depth} levels, at most ${MAX_DEPTH} allowed.`, {
            nodes: [operation],
            extensions: { code: 'QUERY_TOO_COMPLEX' },
          }),
        );
      }
    },
  };
}

export function maxAliasesRule(context: ValidationContext): ASTVisitor {
  let aliases = 0;
  return {
    Field(field) {
      if (field.alias) aliases += 1;
    },
    Document: {
      leave(document) {
        if (aliases > MAX_ALIASES) {
          context.reportError(
            new GraphQLError(`Too many aliases: ${aliases}, at most ${MAX_ALIASES} allowed.`, {
              nodes: [document],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    },
  };
}
