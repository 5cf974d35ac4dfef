import { mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIfStale, isBuildUpToDate } from '../../scripts/buildIfStale';

/** A project folder of a few files, and a compiler that only writes the entry point and counts its runs. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'build-if-stale-'));
  for (const folder of ['bot', 'dialogs', 'data']) mkdirSync(join(root, folder));
  writeFileSync(join(root, 'bot', 'index.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'dialogs', 'texts.ts'), 'export const b = 2;\n');
  writeFileSync(join(root, 'tsconfig.json'), '{}\n');
  const compiled: string[] = [];
  const compile = (folder: string) => {
    compiled.push(folder);
    mkdirSync(join(folder, 'dist', 'bot'), { recursive: true });
    writeFileSync(join(folder, 'dist', 'bot', 'index.js'), '');
  };
  const build = () => buildIfStale(root, compile);
  return { root, compiled, build };
}

/** Moves a file's modification time by whole seconds, so no test depends on the clock's resolution. */
function age(path: string, seconds: number): void {
  const { mtime } = statSync(path);
  const when = new Date(mtime.getTime() + seconds * 1000);
  utimesSync(path, when, when);
}

describe('npm start, admin and chat build only when the sources changed', () => {
  let current: ReturnType<typeof project>;
  beforeEach(() => {
    current = project();
  });
  afterEach(() => rmSync(current.root, { recursive: true, force: true }));

  it('builds a fresh clone (no dist/), then not again while nothing changed', () => {
    expect(isBuildUpToDate(current.root)).toBe(false);
    expect(current.build()).toBe(true);
    expect(isBuildUpToDate(current.root)).toBe(true);
    expect(current.build()).toBe(false);
    expect(current.compiled).toHaveLength(1);
  });

  it('builds again after a source is edited, added or deleted', () => {
    current.build();
    age(join(current.root, 'dialogs', 'texts.ts'), 5);
    expect(isBuildUpToDate(current.root)).toBe(false);
    current.build();
    writeFileSync(join(current.root, 'data', 'store.ts'), 'export const c = 3;\n');
    expect(isBuildUpToDate(current.root)).toBe(false);
    current.build();
    unlinkSync(join(current.root, 'data', 'store.ts'));
    expect(isBuildUpToDate(current.root)).toBe(false);
    current.build();
    expect(current.compiled).toHaveLength(4);
  });

  it('builds again after a build setting changes', () => {
    current.build();
    writeFileSync(join(current.root, 'tsconfig.json'), '{ "compilerOptions": {} }\n');
    expect(current.build()).toBe(true);
  });

  it('ignores the SQLite files beside the data code, which change on every run', () => {
    current.build();
    writeFileSync(join(current.root, 'data', 'bank.db'), 'rows');
    writeFileSync(join(current.root, 'data', 'bank.db-wal'), 'rows');
    expect(current.build()).toBe(false);
  });

  it('builds again when the built entry point is gone', () => {
    current.build();
    unlinkSync(join(current.root, 'dist', 'bot', 'index.js'));
    expect(current.build()).toBe(true);
  });

  it('after a failed build, tries again next time instead of running the old one', () => {
    current.build();
    age(join(current.root, 'bot', 'index.ts'), 5);
    expect(() => buildIfStale(current.root, () => {
      throw new Error('the TypeScript build failed');
    })).toThrow('the TypeScript build failed');
    expect(isBuildUpToDate(current.root)).toBe(false);
    expect(current.build()).toBe(true);
  });
});
