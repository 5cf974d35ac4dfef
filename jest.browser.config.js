/** `npm run test:browser`: the web pages in Debian's Chromium (playwright-core). Not part of `npm test`. */
process.env.TZ = 'Europe/Paris';

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/browser'],
  testMatch: ['**/*.browser.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 120000,
  maxWorkers: 1,
};
