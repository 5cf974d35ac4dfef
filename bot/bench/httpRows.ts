/**
 * The HTTP rows of `npm run bench`: bare express, the echo bot, the dialog ceiling and the bot at each
 * concurrency, in alternating slices, then the bot on the `emulator` channel (with its traces).
 */
import type { BenchUser } from './conversations';
import { mergeResults, runLoad, type LoadResult } from './load';
import { startTarget, type RunningTarget } from './targets';

const CONCURRENCIES = [1, 10, 50];
/** Each row is measured in this many slices, alternating with the other targets. */
const ROUNDS = 3;

export async function httpRows(
  bot: RunningTarget, users: { webchat: BenchUser[]; emulator: BenchUser[] }, duration: number,
): Promise<LoadResult[]> {
  const targets = [
    { label: 'bare express', target: await startTarget('express', {}) },
    { label: 'echo bot', target: await startTarget('echo', {}) },
    { label: 'dialog ceiling', target: await startTarget('dialog', {}) },
    { label: 'bot (webchat)', target: bot },
  ];
  for (const { label, target } of targets) {
    await runLoad(target, users.webchat, { connections: 10, duration: 1, channelId: 'webchat', label: `${label} warm-up` });
  }
  const results: LoadResult[] = [];
  for (const connections of CONCURRENCIES) {
    // In turns, slice by slice: on a shared machine, load that comes and goes then weighs on every target alike.
    const slices = targets.map((): LoadResult[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, { label, target }] of targets.entries()) {
        slices[index].push(await runLoad(target, users.webchat, { connections, duration: duration / ROUNDS, channelId: 'webchat', label }));
      }
    }
    results.push(...slices.map(mergeResults));
  }
  for (const { target } of targets.filter(({ target }) => target !== bot)) await target.stop();
  results.push(await runLoad(bot, users.emulator, { connections: 50, duration, channelId: 'emulator', label: 'bot (emulator)' }));
  return results;
}
