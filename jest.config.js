/** One suite, offline, with the clock's zone pinned so that dates never depend on the machine. */
process.env.TZ = 'Europe/Paris';

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 20000,
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
};
