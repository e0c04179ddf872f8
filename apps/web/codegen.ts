import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every operation in apps/web/src/**/*.graphql, generated from the API's committed
// schema (apps/web/schema.graphql) into src/gql and src/gql-pages (not committed). Run from the repository root:
// `npm run codegen:web` (the web build and `npm test` run it first, so an operation the schema lacks fails both).
const client = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    skipTypename: true,
    avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    scalars: { DateTime: 'string', Decimal: 'string', ID: 'string' },
  },
} as const;

const config: CodegenConfig = {
  schema: 'apps/web/schema.graphql',
  documents: ['apps/web/src/**/*.graphql'],
  generates: {
    'apps/web/src/gql/': client,
    // The same documents again, for the pages of part 2 to import: Rollup puts a module's code in one chunk, and
    // src/gql is imported by the shell (the first load), so every document used anywhere from it would be
    // downloaded on the home page's first visit. Imported only by lazy pages, this copy lands in their chunks.
    'apps/web/src/gql-pages/': client,
  },
  silent: true,
};
export default config;
