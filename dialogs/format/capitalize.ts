/** "du 1er au 31 octobre" → "Du 1er au 31 octobre": a scope that opens a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
