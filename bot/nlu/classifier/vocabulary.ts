import { isNearMatch } from '../text/edit-distance';

/**
 * The words seen in training, for correcting typos in words the classifier has never seen
 * ("balence" → "balance"). Words are bucketed by length so that a lookup only compares plausible ones.
 */
export class TrainingVocabulary {
  private readonly known = new Set<string>();
  private readonly byLength = new Map<number, string[]>();

  add(word: string): void {
    if (this.known.has(word)) return;
    this.known.add(word);
    const bucket = this.byLength.get(word.length) ?? [];
    bucket.push(word);
    this.byLength.set(word.length, bucket);
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** The word itself when known, else the first known word within typo distance, else the word unchanged. */
  correct(word: string): string {
    if (this.known.has(word) || word.length < 4 || /\d/.test(word)) return word;
    for (const length of [word.length, word.length - 1, word.length + 1, word.length - 2, word.length + 2]) {
      const match = this.byLength.get(length)?.find((candidate) => isNearMatch(word, candidate));
      if (match !== undefined) return match;
    }
    return word;
  }
}
