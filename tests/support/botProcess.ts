import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { builtBotDir } from './builtBot';

export interface BotProcess {
  url: string;
  child: ChildProcess;
  /** Every JSON log line printed so far. */
  logs: Record<string, unknown>[];
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A free loopback port: the bot refuses PORT=0, so the test asks the system for one first. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Spawns the compiled bot (`npm start` without the build) and waits until `/readyz` answers 200. */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const bot = await spawnBotProcess(env);
  let gone = false;
  void bot.exited.then(() => { gone = true; });
  for (;;) {
    if (gone) throw new Error(`the bot exited before it was ready: ${bot.stderr()}`);
    const status = await fetch(`${bot.url}/readyz`).then((r) => r.status, () => 0);
    if (status === 200) return bot;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Spawns the compiled bot on a free port without waiting for anything; `nodeArgs` go before the script (`--require`). */
export async function spawnBotProcess(
  env: Record<string, string>, nodeArgs: string[] = [],
): Promise<BotProcess & { stderr: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, join(builtBotDir(), 'bot', 'index.js')], {
    env: { PATH: process.env.PATH, TZ: 'Europe/Paris', NODE_ENV: 'test', LOG_LEVEL: 'info', LOG_FORMAT: 'json', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { url: `http://127.0.0.1:${port}`, child, logs, exited, stderr: () => stderr };
}

/** Runs the compiled bot to its end (for start-up refusals): exit code and what it printed on stderr. */
export async function runBotToExit(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [join(builtBotDir(), 'bot', 'index.js')], {
    env: { PATH: process.env.PATH, TZ: 'Europe/Paris', NODE_ENV: 'test', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { code, stderr };
}
