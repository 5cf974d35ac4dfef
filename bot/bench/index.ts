import { benchNlu } from './nlu';

/** `npm run bench`: each benchmark prints its own lines; add new ones to this list. */
const BENCHMARKS: readonly (() => Promise<string[]>)[] = [benchNlu];

async function main(): Promise<void> {
  for (const bench of BENCHMARKS) console.log((await bench()).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
