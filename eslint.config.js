// ESLint (flat config): typescript-eslint's recommended rules, and the architecture of DESIGN.md as an
// import-boundary rule, so an arrow that points the wrong way fails `npm run lint` (and so `npm test`).
// Who may import whom is the table ALLOWED below; tests/infra/lint-boundaries.spec.ts proves it fires.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('.', import.meta.url));
const resolver = fileURLToPath(new URL('./tools/lint/import-resolver.cjs', import.meta.url));

/** The elements of the architecture: each app, each lib, the tools and the tests. */
const ELEMENTS = [
  ...['api', 'worker', 'cli', 'web'].map((app) => ({ type: `app-${app}`, pattern: `apps/${app}` })),
  ...['core', 'reference', 'search', 'runtime', 'notifications', 'identity', 'catalog', 'contacts', 'matching', 'stats', 'demo'].map((lib) => ({
    type: lib,
    pattern: `libs/${lib}`,
  })),
  { type: 'tools', pattern: 'tools' },
  { type: 'tests', pattern: 'tests' },
];

const INFRASTRUCTURE = ['core', 'search'];
const SERVER_LIBS = ['core', 'reference', 'search', 'runtime', 'notifications', 'identity', 'catalog', 'contacts', 'matching', 'stats', 'demo'];

/**
 * DESIGN.md's arrows (each element may also import itself). Libs never import apps; an app imports
 * only its own files and libs; core and search know no domain; reference (regions, units,
 * certifications) imports only core, and every domain slice may read it; notifications is a sink (core only);
 * apps/web speaks GraphQL only and imports no lib. Any domain lib may write to the notifications sink. Tools (bench, relevance) and tests may use anything.
 */
export const ALLOWED = {
  core: [],
  reference: ['core'],
  search: ['core'],
  runtime: ['core'],
  notifications: ['core'],
  identity: ['reference', 'notifications', ...INFRASTRUCTURE],
  catalog: ['identity', 'reference', 'notifications', ...INFRASTRUCTURE],
  contacts: ['catalog', 'identity', 'reference', 'notifications', ...INFRASTRUCTURE],
  matching: ['catalog', 'identity', 'reference', 'notifications', ...INFRASTRUCTURE],
  stats: ['catalog', 'identity', 'reference', 'notifications', ...INFRASTRUCTURE],
  demo: ['catalog', 'identity', 'reference', ...INFRASTRUCTURE],
  'app-api': SERVER_LIBS,
  'app-worker': SERVER_LIBS,
  'app-cli': SERVER_LIBS,
  'app-web': [],
  tools: [...SERVER_LIBS, 'app-api'],
  tests: [...SERVER_LIBS, 'app-api', 'app-worker', 'app-cli', 'tools'],
};

const boundaryPolicies = Object.entries(ALLOWED).map(([from, to]) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: [from, ...to] } } } },
}));

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.data/**', 'coverage/**', 'apps/web/dist/**', 'apps/web/src/gql/**', 'test-results/**', 'tests/infra/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused arguments named `_x` are placeholders (Nest hooks, listener signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests and tools read untyped GraphQL and JSON responses.
    files: ['tests/**/*.ts', 'tools/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Text normalisation and validation exist to find and strip control characters.
    files: ['libs/search/src/text/**/*.ts', 'libs/core/src/validation/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The architecture: every import of an app, a lib, a tool or a test must follow an arrow of ALLOWED.
    files: ['apps/**/*.{ts,tsx}', 'libs/**/*.ts', 'tools/**/*.{ts,mjs}', 'tests/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': root,
      'boundaries/elements': ELEMENTS,
      'boundaries/include': ['apps/**', 'libs/**', 'tools/**', 'tests/**'],
      'import/resolver': { [resolver]: {} },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: boundaryPolicies }],
    },
  },
  {
    // The browser app (React + TSX, arriving with the web branch): browser globals and the rules of hooks.
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser }, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
