import { canonicalPhrase } from '../text/normalize';

/** The test lines that also appear in training, compared without case, accents or punctuation. */
export function overlappingLines(trainingTexts: readonly string[], testTexts: readonly string[]): string[] {
  const trained = new Set(trainingTexts.map(canonicalPhrase));
  return testTexts.filter((text) => trained.has(canonicalPhrase(text)));
}
