import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema';

// `pnpm schema`: the printed schema is committed; the web apps' codegen reads it and CI fails
// when it is stale.
const target = new URL('../../schema.graphql', import.meta.url);
writeFileSync(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`Wrote ${target.pathname}`);
