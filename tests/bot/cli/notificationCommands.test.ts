import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../bot/infra/config';
import { eventCommand } from '../../../bot/cli/commands/eventCommand';
import { outboxCommand } from '../../../bot/cli/commands/outboxCommand';
import { startHttpBot, type HttpBot } from '../../support/httpBot';
import { cinemaPayment, EVENTS_SECRET } from '../../support/events';

describe('admin: event and outbox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-event-'));
  let http: HttpBot;
  let out: string[];
  let err: string[];
  const context = (env: Record<string, string>) => ({
    db: http.bot.db, config: loadConfig({ PORT: new URL(http.url).port, ...env }),
    out: (l: string) => out.push(l), err: (l: string) => err.push(l),
  });

  beforeEach(async () => {
    http = await startHttpBot({ env: { EVENTS_SECRET, NOTIFY_MAX_ATTEMPTS: '1' } });
    out = [];
    err = [];
  });
  afterEach(async () => {
    await http.stop();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('signs and posts an event file to the running bot, then lists what failed without its content', async () => {
    const code = await http.bot.services.links.issueCode('c1', http.bot.clock.now()) as string;
    await http.post({ type: 'message', id: 'm1', text: `lier ${code}` });
    await http.post({ type: 'message', id: 'm2', text: 'active les notifications' });
    const file = join(dir, 'event.json');
    writeFileSync(file, JSON.stringify(cinemaPayment('evt-admin')));

    // The file has no occurredAt: the command stamps it with "now" (here the bot's frozen one).
    expect(await eventCommand([file], context({ EVENTS_SECRET, FIXED_NOW: http.bot.clock.now().toISOString() }))).toBe(0);
    expect(out).toEqual(['202 {"status":"accepted","id":"evt-admin","notifications":1}']);

    http.connector.failNext(1, 503);
    await http.dispatcher.runDue();
    out = [];
    expect(await outboxCommand([], context({}))).toBe(0);
    expect(out).toEqual([
      'id\tevent\tchannel\tstatus\tattempts\tnext attempt\tlast error',
      '1\tevt-admin\temulator\tfailed\t1\t2026-11-29T09:00:00.000Z\tHTTP 503',
    ]);
    expect(out.join('\n')).not.toMatch(/42|Pathé|emulator-user/);
  });

  it('refuses to sign without EVENTS_SECRET', async () => {
    expect(await eventCommand(['whatever.json'], context({}))).toBe(1);
    expect(err).toEqual(['EVENTS_SECRET is unset: set the same value for the bot and for this command']);
  });
});
