/** Sample values for the texts that are functions: words, then numbers, never with punctuation of their own. */
const SAMPLES: readonly unknown[][] = [
  ['Fnac', 'Livret A', 'commande', 'FN-1', 'credit_card'], [2, 3, 4, 5, 6],
  // Texts that list names: several, then one (their singular).
  ['Darty', ['Fnac', 'Amazon'], 2], ['Darty', ['Fnac'], 1],
];

/** Every text of a language's table, with its path; functions are called with sample values. */
export function allTexts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const called = SAMPLES.flatMap((sample, i) => {
      try {
        return allTexts((value as (...args: unknown[]) => unknown)(...sample), `${path}(${i})`);
      } catch {
        return []; // this text takes other kinds of values
      }
    });
    if (called.length === 0) throw new Error(`no sample values fit ${path}`);
    return called;
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => allTexts(child, path ? `${path}.${key}` : key));
  }
  return [];
}
