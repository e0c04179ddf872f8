

const libs = ['core', 'reference', 'runtime', 'identity', 'catalog', 'search', 'matching', 'contacts', 'notifications', 'stats', 'demo'];
const moduleNameMapper = {
  '^(\\.{1,2}/.*)\\.js$': '$1',
  ...Object.fromEntries(libs.map((lib) => [`^@tradebridge/${lib}$`, `<rootDir>/libs/${lib}/src/index.ts`])),
};
const common = {
  rootDir: '.',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper,
  testEnvironment: 'node',
};

const config = {
  // The e2e harness leaves keep-alive sockets and the services' child processes to globalTeardown.
  forceExit: true,
  // Files run in worker processes: a second Nest app built in the process that ran global setup (--runInBand)
  // cannot build its schema, so never let Jest fall back to one process for several files.
  maxWorkers: 2,
  // e2e files boot the whole app against real services.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/tests/infra/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
    },
    {
      // The web app in a real Chromium (playwright-core + @sparticuz/chromium) against the real API.
      ...common,
      displayName: 'web',
      testMatch: ['<rootDir>/tests/web/**/*.web-spec.ts'],
      globalSetup: '<rootDir>/tests/web/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
    },
  ],
};
export default config;
