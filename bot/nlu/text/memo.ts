/**
 * `compute` remembered per key, for what every message would otherwise redo on the same customer data
 * (folding a merchant's name, compiling a matcher for an account's name). Bounded: past `capacity`
 * keys it starts again empty, so that names never seen twice cannot grow it without end.
 */
export function memo<V>(compute: (key: string) => V, capacity = 10_000): (key: string) => V {
  const kept = new Map<string, V>();
  return (key) => {
    const known = kept.get(key);
    if (known !== undefined) return known;
    if (kept.size >= capacity) kept.clear();
    const value = compute(key);
    kept.set(key, value);
    return value;
  };
}
