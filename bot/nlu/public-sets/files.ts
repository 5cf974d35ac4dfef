import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The project root: the nearest folder above this file with a package.json (works from src and dist). */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + from);
    dir = parent;
  }
  return dir;
}

/** One of the public set files of `bot/nlu/public-sets` (read from the sources, also when running from dist). */
export function readPublicSet(file: string): Record<string, unknown> {
  const full = path.join(projectRoot(), 'bot', 'nlu', 'public-sets', file);
  return JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown>;
}
