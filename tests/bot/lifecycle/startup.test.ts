import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtBotDir } from '../../support/builtBot';
import { spawnBotProcess } from '../../support/botProcess';

/** Holds the built bot at its model load until the test writes the release file (see holdStartup.js). */
const HOLD = ['--require', join(__dirname, '..', '..', 'support', 'holdStartup.js')];

type Seen = 'refused' | 'starting' | 'ok' | 'draining' | 'other';

async function readiness(url: string): Promise<Seen> {
  try {
    const response = await fetch(`${url}/readyz`);
    const { status } = await response.json() as { status: Seen };
    return (response.status === 200) === (status === 'ok') && ['starting', 'ok', 'draining'].includes(status) ? status : 'other';
  } catch {
    return 'refused';
  }
}

/** Polls `/readyz` until `until` is seen, recording every state seen, in order, each once per run of it. */
async function watchReadiness(url: string, until: Seen, seen: Seen[], exited: () => boolean): Promise<void> {
  for (;;) {
    if (exited()) throw new Error(`the bot exited; readiness seen: ${seen.join(' → ')}`);
    const state = await readiness(url);
    if (seen.at(-1) !== state) seen.push(state);
    if (state === until) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the real process while it starts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-startup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const spawnHeld = async (name: string) => {
    const release = join(dir, `${name}.release`);
    const bot = await spawnBotProcess({ DATABASE_PATH: join(dir, `${name}.db`), HOLD_STARTUP_UNTIL: release, HOLD_BOT_DIR: builtBotDir() }, HOLD);
    let gone = false;
    void bot.exited.then(() => { gone = true; });
    return { bot, release: () => writeFileSync(release, ''), exited: () => gone };
  };

  it('is alive and "starting" from the moment it listens, refuses turns with Retry-After, then becomes ready', async () => {
    const { bot, release, exited } = await spawnHeld('ready');
    try {
      const seen: Seen[] = [];
      await watchReadiness(bot.url, 'starting', seen, exited);

      const live = await fetch(`${bot.url}/livez`);
      expect([live.status, await live.json()]).toEqual([200, { status: 'alive' }]);
      const health = await fetch(`${bot.url}/healthz`);
      expect([health.status, await health.json()]).toEqual([503, { status: 'starting' }]);
      const turn = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect([turn.status, turn.headers.get('retry-after'), await turn.json()]).toEqual([503, '1', { error: 'starting' }]);

      release();
      await watchReadiness(bot.url, 'ok', seen, exited);
      // Refused only before the port opens; once it answers: starting, then ready, and nothing else.
      expect(seen.filter((state, i) => !(state === 'refused' && i === 0))).toEqual(['starting', 'ok']);
      expect((await fetch(`${bot.url}/livez`)).status).toBe(200);
    } finally {
      bot.child.kill('SIGKILL');
      await bot.exited;
    }
  }, 60_000);

  it('stops on SIGTERM while starting: says so and exits 0', async () => {
    const { bot, exited } = await spawnHeld('stop');
    await watchReadiness(bot.url, 'starting', [], exited);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.logs.filter((line) => line.msg === 'bank assistant stopped'))
      .toEqual([expect.objectContaining({ reason: 'signal while starting', signal: 'SIGTERM' })]);
  }, 60_000);
});
