/** Load and fault tests (`npm run test:load`): production server, long-running; run by .ci/run. */
module.exports = {
  testEnvironment: 'node',
  // The PostgreSQL outage test has its own command (npm run test:outage): it still fails
  // intermittently (see docs/security.md) and CI must not depend on it.
  testMatch: ['<rootDir>/tests/load/**/*.test.ts'],
  testPathIgnorePatterns: process.env.LOAD_INCLUDE_OUTAGE === 'true' ? [] : ['/node_modules/', 'database-outage'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', target: 'es2020', esModuleInterop: true, skipLibCheck: true } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.strapi/', '<rootDir>/src/plugins/.*/dist/'],
  globalSetup: '<rootDir>/tests/harness/global-setup.js',
  globalTeardown: '<rootDir>/tests/harness/global-teardown.js',
  testTimeout: 300000,
  maxWorkers: 1,
};
