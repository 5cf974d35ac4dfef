import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtBotDir } from '../support/builtBot';
import { freePort } from '../support/freePort';

/**
 * The built entry points as `npm start`, `npm run admin` and `npm run chat` run them, each in a folder of
 * its own holding the `.env` under test (npm runs scripts from the project root, where `.env` is read).
 * They are the build the other process tests share (the same tsc build as dist/, made once per source
 * state), so that the run compiles the bot once rather than twice.
 */
const entry = (name: string) => join(builtBotDir(), 'bot', name);

/** The machine's environment without the settings under test (jest sets NODE_ENV=test). */
function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['PORT', 'DATABASE_PATH', 'NODE_ENV', 'LOG_LEVEL', 'EVENTS_SECRET', 'BOT_URL', 'MicrosoftAppId', 'MicrosoftAppPassword']) {
    delete env[name];
  }
  return { ...env, ...extra };
}

interface RunningBot {
  process: ChildProcess;
  output: () => string;
}

/** Starts the bot and waits for its start-up line (readable or JSON); fails with what it printed. */
function startBot(folder: string, extra: Record<string, string> = {}): Promise<RunningBot> {
  const child = spawn(process.execPath, [entry('index.js')], { cwd: folder, env: environment(extra) });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      if (/bank assistant (ready|listening)/.test(output)) resolve({ process: child, output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the bot stopped (${code}) before listening:\n${output}`)));
  });
}

async function stop(bot: RunningBot | undefined): Promise<void> {
  if (!bot || bot.process.exitCode !== null) return;
  await new Promise((resolve) => {
    bot.process.on('exit', resolve);
    bot.process.kill('SIGTERM');
  });
}

describe('npm start, admin and chat read .env; the environment wins', () => {
  let folder: string;
  let bot: RunningBot | undefined;
  beforeAll(() => builtBotDir(), 180_000);
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'bank-entry-'));
  });
  afterEach(async () => {
    await stop(bot);
    bot = undefined;
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves on the .env PORT and DATABASE_PATH, where admin and chat then find the demo bank', async () => {
    const port = await freePort();
    writeFileSync(join(folder, '.env'), `PORT=${port}\nDATABASE_PATH=my-bank.db\n`);
    bot = await startBot(folder);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    // Development: readable lines, the URL to paste and how to chat, warnings that say what to set.
    const lines = bot.output().trim().split('\n');
    expect(lines.map((line) => line.replace(/^\[\d\d:\d\d:\d\d\] /, ''))).toEqual([
      'WARN: local mode: no MicrosoftAppId set, so requests are NOT authenticated and replies go only to loopback serviceUrls '
        + '(Emulator, npm run chat); set MicrosoftAppId and MicrosoftAppPassword to serve a real channel',
      'INFO: empty database: seeded the demo bank',
      'WARN: EVENTS_SECRET is unset, so POST /api/events refuses every bank event (503): set EVENTS_SECRET to accept bank events',
      `INFO: bank assistant ready on http://localhost:${port}/api/messages · chat from another terminal with "npm run chat", `
        + 'or open that URL in Bot Framework Emulator',
    ]);

    const admin = spawnSync(process.execPath, [entry('cli/admin.js'), 'link-code', 'c1'], { cwd: folder, env: environment(), encoding: 'utf8' });
    expect(admin.status).toBe(0);
    expect(admin.stdout).toMatch(/^One-time link code for c1, valid 10 minutes\. The customer sends "link <code>": [A-Z0-9]{8}\n$/);

    const chat = spawnSync(process.execPath, [entry('cli/chat.js')], { cwd: folder, env: environment(), input: '1\nquit\n', encoding: 'utf8' });
    expect(chat.status).toBe(0);
    expect(chat.stdout).toMatch(/^Demo bank: who are you\?/);
    expect(chat.stdout).toMatch(/Bienvenue, Camille/);
  }, 60_000);

  it('listens on the environment PORT rather than the file one', async () => {
    const [fromFile, fromEnvironment] = [await freePort(), await freePort()];
    writeFileSync(join(folder, '.env'), `PORT=${fromFile}\nDATABASE_PATH=my-bank.db\n`);
    bot = await startBot(folder, { PORT: String(fromEnvironment) });
    expect(bot.output()).toContain(`bank assistant ready on http://localhost:${fromEnvironment}/api/messages`);
    expect((await fetch(`http://127.0.0.1:${fromEnvironment}/healthz`)).status).toBe(200);
    await expect(fetch(`http://127.0.0.1:${fromFile}/healthz`)).rejects.toThrow();
  }, 60_000);

  it('says what to do when the port is taken, and stops', async () => {
    const port = await freePort();
    writeFileSync(join(folder, '.env'), `PORT=${port}\nDATABASE_PATH=my-bank.db\n`);
    bot = await startBot(folder);
    const second = spawnSync(process.execPath, [entry('index.js')], { cwd: folder, env: environment(), encoding: 'utf8' });
    expect(second.status).toBe(1);
    expect(second.stdout.trim().split('\n').pop()?.replace(/^\[\d\d:\d\d:\d\d\] /, '')).toBe(`FATAL: port ${port} is already in use `
      + '(is the bot already running?): stop the other process, or set PORT to a free port (PORT=4000 npm start)');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  }, 60_000);

  it('refuses half-set channel credentials before listening, in one line, with exit code 1', async () => {
    const port = await freePort();
    const started = spawnSync(process.execPath, [entry('index.js')], {
      cwd: folder, env: environment({ PORT: String(port), DATABASE_PATH: 'my-bank.db', MicrosoftAppId: 'abc' }), encoding: 'utf8',
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toBe("bank assistant failed to start: MicrosoftAppPassword: expected the app's password, since MicrosoftAppId is set "
      + '(a managed identity sets MicrosoftAppType=UserAssignedMSI and MicrosoftAppTenantId instead)\n');
    expect(started.stdout).not.toContain('ready');
  }, 60_000);

  it('writes JSON lines in production', async () => {
    const port = await freePort();
    writeFileSync(join(folder, '.env'), [
      `PORT=${port}`, 'DATABASE_PATH=my-bank.db', 'NODE_ENV=production', 'EVENTS_SECRET=events-secret-of-at-least-32-characters',
      'MicrosoftAppId=00000000-0000-0000-0000-0000000000b0', 'MicrosoftAppPassword=secret', '',
    ].join('\n'));
    bot = await startBot(folder);
    const lines = bot.output().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map(({ level, msg, port: listening }) => ({ level, msg, port: listening }))).toEqual([
      { level: 30, msg: 'empty database: seeded the demo bank', port: undefined },
      { level: 30, msg: 'bank assistant listening on /api/messages', port },
    ]);
  }, 60_000);
});
