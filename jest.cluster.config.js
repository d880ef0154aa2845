/** Multi-instance tests (`npm run test:cluster`): two Strapi processes on one PostgreSQL database. */
const base = require('./jest.config.js');
const integration = base.projects.find((p) => p.displayName === 'integration');

module.exports = {
  ...integration,
  displayName: 'cluster',
  testMatch: ['<rootDir>/tests/cluster/**/*.test.ts'],
  testTimeout: 180000,
  maxWorkers: 1,
};
