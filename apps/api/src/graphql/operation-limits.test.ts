import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_DEPTH, maxAliasesRule, maxDepthRule } from './operation-limits';

// A self-referencing schema, so any depth can be written as a valid query.
const schema = buildSchema('type Query { node: Node } type Node { child: Node name: String }');

function nested(levels: number): string {
  // levels counts fields from `node` down to `name` inclusive.
  return `{ node ${'{ child '.repeat(levels - 2)}{ name }${' }'.repeat(levels - 2)} }`;
}

function errorsOf(query: string): string[] {
  return validate(schema, parse(query), [...specifiedRules, maxDepthRule, maxAliasesRule]).map(
    (e) => e.message,
  );
}

describe('operation limits', () => {
  it.each([
    [MAX_DEPTH, []],
    [MAX_DEPTH + 1, [`Query is too deep: ${MAX_DEPTH + 1} levels, at most ${MAX_DEPTH} allowed.`]],
  ])('a query %i levels deep gets %j', (levels, expected) => {
    expect(errorsOf(nested(levels))).toEqual(expected);
  });

  it('counts depth through named fragments, including one named __schema', () => {
    const query = `
      query { node { child { ...__schema } } }
      fragment __schema on Node { child { child { child { child { child { child { name } } } } } } }
    `;
    expect(errorsOf(query).some((m) => m.startsWith('Query is too deep: 9'))).toBe(true);
  });

  it('allows 15 aliases and rejects 16', () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: node { name }`).join(' ')} }`;
    expect(errorsOf(aliases(MAX_ALIASES))).toEqual([]);
    expect(errorsOf(aliases(MAX_ALIASES + 1))).toEqual([
      `Too many aliases: 16, at most ${MAX_ALIASES} allowed.`,
    ]);
  });
});
