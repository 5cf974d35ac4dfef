import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

type Env = Record<string, string | undefined>;

/**
 * Reads `.env` from `folder` (the current folder: npm runs every script from the project root, which is
 * also where a relative `DATABASE_PATH` starts) into `env`, when the file exists. A variable already set,
 * even to an empty string, is left as it is: the environment wins over the file. Node's own parser
 * (`util.parseEnv`, the one behind `node --env-file`) reads it, so quoting and comments follow Node.
 * Called by each entry point before it reads its settings. Returns the names taken from the file.
 */
export function loadEnvFile(env: Env = process.env, folder: string = process.cwd()): string[] {
  const file = join(folder, '.env');
  if (!existsSync(file)) return [];
  const taken: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    if (env[name] !== undefined || value === undefined) continue;
    env[name] = value;
    taken.push(name);
  }
  return taken;
}
