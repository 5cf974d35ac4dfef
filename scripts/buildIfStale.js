'use strict';
/**
 * Run before `npm start`, `npm run admin` and `npm run chat`: compiles with tsc only when a source or
 * build setting changed since the last successful build, so that a command on an up-to-date build starts
 * at once. Plain JavaScript because it must run before anything is compiled.
 *
 * The build is up to date when dist/ holds the entry point and a fingerprint of every input (path, size,
 * modification time) equal to the inputs' fingerprint now: an edited, added or deleted file changes it.
 */
const { createHash } = require('node:crypto');
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join, relative, sep } = require('node:path');

const SOURCE_FOLDERS = ['bot', 'dialogs', 'data'];
/** Only what tsc reads: the SQLite files beside the data code change on every run and must not count. */
const SOURCE_FILE = /\.(ts|json)$/;
const BUILD_SETTINGS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const FINGERPRINT_FILE = join('dist', '.build-fingerprint');
const ENTRY = join('dist', 'bot', 'index.js');

function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return SOURCE_FILE.test(entry.name) ? [path] : [];
  });
}

/** One hash of every input's path, size and modification time. */
function fingerprint(root) {
  const inputs = [
    ...SOURCE_FOLDERS.flatMap((folder) => filesUnder(join(root, folder))),
    ...BUILD_SETTINGS.map((name) => join(root, name)).filter((path) => existsSync(path)),
  ].sort();
  const hash = createHash('sha256');
  for (const path of inputs) {
    const { size, mtimeMs } = statSync(path);
    hash.update(`${relative(root, path).split(sep).join('/')}\t${size}\t${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function isBuildUpToDate(root, current = fingerprint(root)) {
  const stamp = join(root, FINGERPRINT_FILE);
  return existsSync(join(root, ENTRY)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === current;
}

function compileWithTsc(root) {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the TypeScript build failed (errors above); fix them and run the command again');
}

/**
 * Builds when stale and returns whether it did. The fingerprint is taken before compiling, so a file
 * edited during the build makes the next command build again; it is written only after a success.
 */
function buildIfStale(root, compile = compileWithTsc) {
  const before = fingerprint(root);
  if (isBuildUpToDate(root, before)) return false;
  compile(root);
  writeFileSync(join(root, FINGERPRINT_FILE), before);
  return true;
}

module.exports = { buildIfStale, isBuildUpToDate };

if (require.main === module) {
  const root = join(__dirname, '..');
  try {
    buildIfStale(root, (folder) => {
      process.stderr.write('Building (the sources changed since the last build)…\n');
      compileWithTsc(folder);
    });
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
