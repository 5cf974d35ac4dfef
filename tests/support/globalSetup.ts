import { testRecognizer } from './recognizer';

/** Trains the recognizer once before the test files start, so that each of them loads it instead. */
export default async function globalSetup(): Promise<void> {
  await testRecognizer();
}
