/**
 * The servers `npm run bench` measures, each in a child process of its own (so that its memory is its
 * own), on a free loopback port: the bot as shipped, the dialog ceiling, the echo bot and bare express.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export type TargetName = 'bot' | 'dialog' | 'echo' | 'express';

export interface RunningTarget {
  name: TargetName;
  url: string;
  child: ChildProcess;
  /** Peak resident memory in MB since the last `resetPeak`, sampled every 100 ms. */
  peakMb(): number;
  resetPeak(): void;
  /** Resident memory now, in MB. */
  rssMb(): number;
  /** CPU time the process has used so far (user + system), in ms, at the kernel's 10 ms tick. */
  cpuMs(): number;
  stop(): Promise<void>;
}

const ENTRY: Record<TargetName, string> = {
  bot: join(__dirname, '..', 'index.js'),
  dialog: join(__dirname, 'dialogBot.js'),
  echo: join(__dirname, 'echoBot.js'),
  express: join(__dirname, 'bareExpress.js'),
};

/** Starts a target and resolves once its `/healthz` answers 200. */
export async function startTarget(
  name: TargetName, env: NodeJS.ProcessEnv, nodeArgs: string[] = [], entry = ENTRY[name],
): Promise<RunningTarget> {
  const port = await freePort();
  let stderr = '';
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(url, child, () => stderr);
  let peak = 0;
  const sampler = setInterval(() => { peak = Math.max(peak, rssOf(child.pid)); }, 100);
  return {
    name, url, child,
    peakMb: () => Math.max(peak, rssOf(child.pid)),
    resetPeak: () => { peak = 0; },
    rssMb: () => rssOf(child.pid),
    cpuMs: () => cpuMsOf(child.pid),
    stop: () => new Promise((resolve) => {
      clearInterval(sampler);
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

async function waitUntilReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`bench target exited (${child.exitCode}): ${stderr()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`bench target at ${url} never became ready: ${stderr()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** VmRSS of a process, from Linux's /proc; 0 where there is no /proc. */
function rssOf(pid: number | undefined): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * utime + stime of a process, from Linux's /proc (fields 14 and 15, after the command name in
 * parentheses), in ms at 100 ticks a second; 0 where there is no /proc. CPU per turn hardly moves when
 * other work shares the machine, where turns per second do.
 */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}
