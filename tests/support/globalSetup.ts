import { prepareTrainingExamples, testRecognizer } from './recognizer';
import startTestPostgres from './postgres/globalSetup';

/**
 * Trains the recognizer once before the test files start (and writes its training examples), so that each of them loads it instead;
 * and gives the run its PostgreSQL server (TEST_DATABASE_URL, or one started for the run).
 */
export default async function globalSetup(): Promise<void> {
  const postgres = startTestPostgres();
  prepareTrainingExamples();
  await Promise.all([testRecognizer(), postgres]);
}
