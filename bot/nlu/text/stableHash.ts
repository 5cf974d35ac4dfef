/** FNV-1a over a string's UTF-16 code units: a stable, well-spread number, the same on every run and machine. */
export function stableHash(text: string, start = 0x811c9dc5): number {
  let value = start >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}
