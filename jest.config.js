/**
 * Jest: pure unit tests, admin component tests (jsdom + Testing Library), and HTTP
 * integration and security tests (tests/security) against a real Strapi instance.
 * Browser tests have their own config (jest.e2e.config.js) so `npm test` needs no browser.
 */
const tsJest = [
  'ts-jest',
  {
    tsconfig: {
      isolatedModules: true,
      module: 'commonjs',
      target: 'es2020',
      esModuleInterop: true,
      resolveJsonModule: true,
      jsx: 'react-jsx',
      skipLibCheck: true,
    },
  },
];

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.strapi/', '<rootDir>/src/plugins/.*/dist/'],
};

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'admin',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/unit/admin/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/unit/admin/setup.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/global-setup.js',
      globalTeardown: '<rootDir>/tests/harness/global-teardown.js',
    },
    {
      // Security probes and write fuzzing against a real Strapi, like the integration tests.
      ...common,
      displayName: 'security',
      testMatch: ['<rootDir>/tests/security/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/global-setup.js',
      globalTeardown: '<rootDir>/tests/harness/global-teardown.js',
    },
  ],
};
