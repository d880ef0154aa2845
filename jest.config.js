/** Jest: pure unit tests and HTTP integration tests against a real Strapi instance. */
const tsJest = [
  'ts-jest',
  { tsconfig: { isolatedModules: true, module: 'commonjs', target: 'es2020', esModuleInterop: true, resolveJsonModule: true, jsx: 'react-jsx', skipLibCheck: true } },
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
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/global-setup.js',
    },
  ],
};
