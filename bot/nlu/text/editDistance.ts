/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), because chat typos are
 * mostly one slipped, doubled, dropped or swapped letter ("carrefur", "mollta").
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let beforePrevious: number[] = [];
  let previous = firstRow(b);
  for (let i = 1; i <= a.length; i += 1) {
    const current = nextRow(a, b, i, previous, beforePrevious);
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

function firstRow(b: string): number[] {
  return Array.from({ length: b.length + 1 }, (_, j) => j);
}

/** Row `i` of the alignment table from the two rows above it (a transposition reaches back two). */
function nextRow(a: string, b: string, i: number, previous: readonly number[], beforePrevious: readonly number[]): number[] {
  const current = [i];
  for (let j = 1; j <= b.length; j += 1) {
    const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
    let best = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
      best = Math.min(best, beforePrevious[j - 2] + 1);
    }
    current.push(best);
  }
  return current;
}

/** How many typos a word of this length may carry and still count as the same word. */
export function allowedTypos(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/** True when `typed` is `expected` give or take the typos its length allows. */
export function isNearMatch(typed: string, expected: string): boolean {
  const allowed = allowedTypos(expected.length);
  if (typed === expected) return true;
  if (allowed === 0 || Math.abs(typed.length - expected.length) > allowed) return false;
  return withinDistance(typed, expected, allowed);
}

/**
 * `editDistance(a, b) <= max`, stopping at the first row whose every cell is already over `max`: a row's
 * smallest cell never decreases further down (a transposition reaches back one row more, hence the two
 * rows checked). Most words of a message are far from a lexicon word and stop after a letter or two.
 */
function withinDistance(a: string, b: string, max: number): boolean {
  let beforePrevious: number[] = [];
  let previous = firstRow(b);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i += 1) {
    const current = nextRow(a, b, i, previous, beforePrevious);
    const currentMin = Math.min(...current);
    if (currentMin > max && previousMin > max) return false;
    beforePrevious = previous;
    previous = current;
    previousMin = currentMin;
  }
  return previous[b.length] <= max;
}
