/** Deeper than any activity or event we read (an Adaptive Card submit is a handful of levels). */
export const MAX_JSON_DEPTH = 32;
/** More values than any activity or event we read carries. */
export const MAX_JSON_NODES = 10_000;

/**
 * What is wrong with the shape of a parsed body, or null. Deep or sprawling JSON in a field the bot never
 * reads (`value`, `channelData`, `entities`) still costs every `JSON.stringify` of the turn (state, logs,
 * the connector), so it is refused with a 400 before any turn runs. Iterative: a deep body cannot
 * overflow the stack here.
 */
export function jsonShapeProblem(json: unknown): string | null {
  const stack: [unknown, number][] = [[json, 1]];
  let nodes = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (++nodes > MAX_JSON_NODES) return `body has more than ${MAX_JSON_NODES} values`;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_JSON_DEPTH) return `body is nested deeper than ${MAX_JSON_DEPTH} levels`;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return null;
}
