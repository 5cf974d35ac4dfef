import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SOURCES = ['bot', 'data', 'dialogs'];
const LOCK_STALE_MS = 180_000;

/**
 * The bot compiled as `npm start` runs it, for tests that spawn the real process. Built once per
 * source state into node_modules/.cache (so that the compiled files still find node_modules) and
 * shared by every test file; a lock keeps parallel workers from building twice.
 */
export function builtBotDir(): string {
  const dir = join(ROOT, 'node_modules', '.cache', `bank-assistant-build-${sourceHash()}`);
  const complete = join(dir, '.complete');
  const lock = `${dir}.lock`;
  mkdirSync(dirname(dir), { recursive: true });
  for (;;) {
    if (existsSync(complete)) return dir;
    if (tryLock(lock)) break;
    const lockedAt = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - lockedAt > LOCK_STALE_MS) rmSync(lock, { force: true, recursive: true });
    sleepSync(200);
  }
  try {
    // --noCheck: the same files tsc writes for npm start, without typechecking them a second time
    // (npm test runs tsc --noEmit first): about half the CPU of a checked build.
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--noCheck', '--outDir', dir], {
      cwd: ROOT, stdio: 'pipe',
    });
    writeFileSync(complete, new Date().toISOString());
    removeOlderBuilds(dir);
  } finally {
    rmSync(lock, { force: true, recursive: true });
  }
  return dir;
}

/** Builds of earlier source states, once nobody can still be using them (an hour old). */
function removeOlderBuilds(current: string): void {
  const parent = dirname(current);
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    if (!name.startsWith('bank-assistant-build-') || path === current || name.endsWith('.lock')) continue;
    if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
}

function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock, { recursive: false });
    return true;
  } catch {
    return false;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A hash of every source and build setting of the bot: another state of the code, another hash. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(entry.name)) hash.update(relative(ROOT, path)).update(readFileSync(path));
    }
  };
  for (const source of SOURCES) walk(join(ROOT, source));
  hash.update(readFileSync(join(ROOT, 'tsconfig.json'))).update(readFileSync(join(ROOT, 'tsconfig.build.json')));
  return hash.digest('hex').slice(0, 16);
}
