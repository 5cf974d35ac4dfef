/**
 * The arrows run one way: `bot/` → `dialogs/` → `data/`. A file of `dialogs/` that imports from `bot/`,
 * or one of `data/` that imports from either, fails here with its name and the import. Read from the
 * sources themselves (type-only imports count: they are the contract's direction too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const UPWARD: Readonly<Record<string, readonly string[]>> = { dialogs: ['bot'], data: ['bot', 'dialogs'] };

/** Every specifier a TypeScript source imports or re-exports, static, side-effect, dynamic or `require`d. */
function specifiersOf(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]));
}

/** The top folder of the repository a relative import lands in; undefined for a package. */
function layerOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return relative(ROOT, resolve(dirname(file), specifier)).split(sep)[0];
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourcesUnder(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function upwardImports(file: string, source: string, layer: string): string[] {
  return specifiersOf(source)
    .filter((specifier) => UPWARD[layer].includes(layerOf(file, specifier) ?? ''))
    .map((specifier) => `${relative(ROOT, file)} → ${specifier}`);
}

describe('import arrows', () => {
  it.each(Object.keys(UPWARD))('no file in %s/ imports from a layer above it', (layer) => {
    const files = sourcesUnder(join(ROOT, layer));
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => upwardImports(file, readFileSync(file, 'utf8'), layer))).toEqual([]);
  });

  it('sees every form of import, type-only and re-exports included', () => {
    const file = join(ROOT, 'dialogs', 'format', 'example.ts');
    const source = [
      "import type { Language } from '../../bot/nlu/types';",
      "import {\n  foldText,\n  words,\n} from '../../bot/nlu/text/normalize';",
      "export { x } from '../../bot/x';",
      "import '../../bot/sideEffect';",
      "const lazy = () => import('../../bot/lazy');",
      "const old = require('../../bot/old');",
      "import { formatCents } from '../../data/money';",
      "import { TurnContext } from 'botbuilder';",
    ].join('\n');
    expect(upwardImports(file, source, 'dialogs')).toEqual([
      'dialogs/format/example.ts → ../../bot/nlu/types',
      'dialogs/format/example.ts → ../../bot/nlu/text/normalize',
      'dialogs/format/example.ts → ../../bot/x',
      'dialogs/format/example.ts → ../../bot/sideEffect',
      'dialogs/format/example.ts → ../../bot/lazy',
      'dialogs/format/example.ts → ../../bot/old',
    ]);
    expect(upwardImports(join(ROOT, 'data', 'a.ts'), "import type { TurnInfo } from '../dialogs/turnInfo';", 'data'))
      .toEqual(['data/a.ts → ../dialogs/turnInfo']);
  });
});
