/** Browser tests (`npm run test:e2e`): need `npm run build` and Debian's Chromium. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: { isolatedModules: true, module: 'commonjs', target: 'es2020', esModuleInterop: true, skipLibCheck: true } },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.strapi/', '<rootDir>/src/plugins/.*/dist/'],
  testTimeout: 180000,
  maxWorkers: 1,
};
