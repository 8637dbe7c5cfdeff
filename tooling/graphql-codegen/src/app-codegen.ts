import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * The one GraphQL Code Generator configuration every web app uses.
 *
 * - Types come from the printed API contract, `apps/api/schema.graphql`, never from a running server.
 * - The client preset writes typed documents, the fragment-unmasking helper `getFragmentData` and
 *   `persisted-documents.json` into the app's `src/gql/` (git-ignored).
 * - The manifest maps `sha256:<hex>` to the exact document text the API will execute. The
 *   `__typename` transform runs before hashing so that text matches what urql would send: urql's
 *   cache adds `__typename` to every selection set, and the server must return those fields.
 */
export function appCodegenConfig(appDir: string): CodegenConfig {
  const dir = appDir.replace(/\/+$/, '');
  return {
    overwrite: true,
    schema: `${dir}/../api/schema.graphql`,
    documents: [`${dir}/src/**/*.{ts,tsx}`, `!${dir}/src/gql/**`],
    ignoreNoDocuments: false,
    errorsOnly: true,
    generates: {
      [`${dir}/src/gql/`]: {
        preset: 'client',
        presetConfig: {
          fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
          persistedDocuments: { hashAlgorithm: 'sha256' },
          // No barrel files: import from `src/gql/gql` and `src/gql/fragment-masking`.
          skipIndexFile: true,
        },
        documentTransforms: [addTypenameSelectionDocumentTransform],
        config: {
          useTypeImports: true,
          enumType: 'string-literal',
          strictScalars: true,
          scalars: { ID: 'string', Date: 'string' },
        },
      },
    },
  };
}
