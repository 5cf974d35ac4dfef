import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSettings } from '../../../bot/infra/config';
import { SETTING_NAMES } from '../../../bot/settings/schema';

/** `NAME=value` lines are defaults; `# NAME=value` lines document a setting that is unset by default. */
function readExample(): { defaults: Record<string, string>; commented: Record<string, string> } {
  const defaults: Record<string, string> = {};
  const commented: Record<string, string> = {};
  const lines = readFileSync(join(__dirname, '..', '..', '..', '.env.example'), 'utf8').split('\n');
  for (const line of lines) {
    const match = /^(#\s*)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match) (match[1] ? commented : defaults)[match[2]] = match[3];
  }
  return { defaults, commented };
}

describe('.env.example and the settings schema', () => {
  const { defaults, commented } = readExample();

  it('documents every setting of the schema, and nothing else', () => {
    expect([...Object.keys(defaults), ...Object.keys(commented)].sort()).toEqual([...SETTING_NAMES].sort());
  });

  it('gives each setting its real default', () => {
    expect(parseSettings(defaults)).toEqual(parseSettings({}));
  });

  it('shows only valid examples of the settings left unset', () => {
    expect(() => parseSettings(commented)).not.toThrow();
  });
});
