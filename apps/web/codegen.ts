import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every operation in apps/web/src/**/*.graphql, generated from the API's committed
// schema (apps/web/schema.graphql) into src/gql (not committed). Run from the repository root:
// `npm run codegen:web` (the web build and `npm test` run it first, so an operation the schema lacks fails both).
const config: CodegenConfig = {
  schema: 'apps/web/schema.graphql',
  documents: ['apps/web/src/**/*.graphql'],
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', Decimal: 'string', ID: 'string' },
      },
    },
  },
  silent: true,
};
export default config;
