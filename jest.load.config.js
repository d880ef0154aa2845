/**
 * Load and fault tests (`npm run test:load`): production server, long-running; run by
 * .ci/run. The PostgreSQL outage test stops and starts the local cluster.
 */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/load/**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: { isolatedModules: true, module: 'commonjs', target: 'es2020', esModuleInterop: true, skipLibCheck: true } },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.strapi/', '<rootDir>/src/plugins/.*/dist/'],
  globalSetup: '<rootDir>/tests/harness/global-setup.js',
  globalTeardown: '<rootDir>/tests/harness/global-teardown.js',
  testTimeout: 300000,
  maxWorkers: 1,
};
