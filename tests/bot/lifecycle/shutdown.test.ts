import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoopbackConnector } from '../../../bot/cli/loopbackConnector';
import { runBotToExit, startBotProcess, type BotProcess } from '../../support/botProcess';

import { link } from '../../../dialogs/texts/fr/link';

/** What an unlinked user is told, whole: a reply cut short by the shutdown would differ. */
const LINK_HELP = link.needLink;

describe('graceful shutdown of the real process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-shutdown-'));
  const connector = new LoopbackConnector();
  let serviceUrl = '';
  beforeAll(async () => { serviceUrl = await connector.start(); });
  afterAll(async () => {
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const turn = (bot: BotProcess, i: number, expectReplies: boolean) => fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', id: `m${i}`, channelId: 'emulator', serviceUrl, locale: 'fr-FR', text: 'quel est mon solde ?',
      conversation: { id: `conv-${i}` }, from: { id: `user-${i}` }, recipient: { id: 'bot' },
      ...(expectReplies ? { deliveryMode: 'expectReplies' } : {}),
    }),
  });

  it('answers every turn it accepted, refuses the others whole, and exits 0', async () => {
    const path = join(dir, 'drain.db');
    const bot = await startBotProcess({ DATABASE_PATH: path, SHUTDOWN_DRAIN_SECONDS: '1' });
    const outcomes: Promise<{ i: number; status: number; body: string; connection: string | null }>[] = [];
    let probes: { live: number; ready: number; readyBody: string } | undefined;
    for (let i = 0; i < 100; i++) {
      if (i === 50) {
        bot.child.kill('SIGTERM');
        await new Promise((resolve) => setTimeout(resolve, 100));
        const live = await fetch(`${bot.url}/livez`);
        const ready = await fetch(`${bot.url}/readyz`);
        probes = { live: live.status, ready: ready.status, readyBody: await ready.text() };
      }
      outcomes.push(turn(bot, i, i % 2 === 0).then(
        async (res) => ({ i, status: res.status, body: await res.text(), connection: res.headers.get('connection') }),
        () => ({ i, status: 0, body: '', connection: null }),
      ));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const results = await Promise.all(outcomes);
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(probes).toEqual({ live: 200, ready: 503, readyBody: '{"status":"draining"}' });

    const accepted = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status !== 200);
    // Turns still queued in the client when the signal lands are refused too: both kinds must occur.
    expect(accepted.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThanOrEqual(50);
    for (const r of refused) expect([0, 503]).toContain(r.status);
    for (const r of refused.filter((x) => x.status === 503)) expect(r.connection).toBe('close');

    for (const { i, body } of accepted) {
      const replies = i % 2 === 0
        ? (JSON.parse(body) as { activities: { type: string; text?: string }[] }).activities
        : connector.received.filter((x) => x.conversationId === `conv-${i}`).map((x) => x.activity);
      expect(replies.filter((a) => a.type === 'message').map((a) => a.text)).toEqual([LINK_HELP]);
    }

    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stateOf = db.prepare("SELECT count(*) AS n FROM bot_state WHERE key LIKE '%/conversations/' || ? || '%'");
      const rateOf = db.prepare("SELECT count(*) AS n FROM limit_windows WHERE scope = 'messages' AND key = '*/' || ?");
      for (const { i } of accepted) expect(rateOf.get(`user-${i}`)).toEqual({ n: 1 });
      for (const { i } of refused) {
        expect(rateOf.get(`user-${i}`)).toEqual({ n: 0 });
        expect(stateOf.get(`conv-${i}`)).toEqual({ n: 0 });
      }
    } finally {
      db.close();
    }
    const stopped = bot.logs.find((line) => line.msg === 'bank assistant stopped');
    expect(stopped).toMatchObject({ reason: 'drained', requestsInFlight: 0 });
  }, 60_000);

  it('exits 0 by the deadline even when a client never finishes its request', async () => {
    const bot = await startBotProcess({ DATABASE_PATH: join(dir, 'deadline.db'), SHUTDOWN_DRAIN_SECONDS: '0', SHUTDOWN_TIMEOUT_SECONDS: '2' });
    const { port } = new URL(bot.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => undefined);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"type":');
    await new Promise((resolve) => setTimeout(resolve, 200));
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.logs.find((line) => line.msg === 'bank assistant stopped')).toMatchObject({ reason: 'deadline', requestsInFlight: 1 });
    socket.destroy();
  }, 30_000);

  it('refuses a wrong setting before listening, naming it', async () => {
    expect(await runBotToExit({ PORT: 'abc', DATABASE_PATH: join(dir, 'never.db') })).toEqual({
      code: 1, stderr: 'bank assistant failed to start: PORT: expected an integer 1–65535, got "abc"\n',
    });
  }, 60_000);
});
