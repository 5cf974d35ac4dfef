import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../data/database';
import { startHttpBot, type HttpBot } from '../../support/httpBot';
import { sharedRecognizer } from '../../support/testBot';
import { cinemaPayment, EVENTS_SECRET, postEvent } from '../../support/events';

const PAYMENT = '💳 Paiement de 42,00\u00a0€ chez Cinéma Pathé — solde du compte courant : 3\u202f440,15\u00a0€';

async function optIn(http: HttpBot): Promise<void> {
  const code = await http.bot.services.links.issueCode('c1', http.bot.clock.now()) as string;
  await http.post({ type: 'message', id: 'm1', text: `lier ${code}` });
  await http.post({ type: 'message', id: 'm2', text: 'active les notifications' });
  http.connector.received.length = 0;
}

describe('delivery guarantees', () => {
  let http: HttpBot;
  // Train the shared recognizer before the first test, so that its time does not count against that test's timeout.
  beforeAll(() => sharedRecognizer(), 120_000);
  afterEach(async () => {
    await http.stop();
  });

  it('retries a connector failing with 503 three times with backoff, and delivers once', async () => {
    // random() = 0.5: each delay is 3/4 of the exponential one (5 s, 10 s, 20 s base → 3.75 s, 7.5 s, 15 s).
    http = await startHttpBot({ env: { EVENTS_SECRET }, random: () => 0.5 });
    await optIn(http);
    await postEvent(http, cinemaPayment());
    http.connector.failNext(3, 503);
    const start = http.bot.clock.now().getTime();

    for (const [delayMs, attempts] of [[3750, 1], [7500, 2], [15000, 3]] as const) {
      expect(await http.dispatcher.runDue()).toBe(0);
      const [row] = await http.bot.notifications.outbox.unfinished();
      expect(row).toMatchObject({ status: 'pending', attempts, lastError: 'HTTP 503' });
      expect(new Date(row.nextAttemptAt).getTime() - http.bot.clock.now().getTime()).toBe(delayMs);
      expect(await http.dispatcher.runDue()).toBe(0); // not due yet: nothing is tried early
      http.bot.clock.advance(delayMs);
    }
    expect(await http.dispatcher.runDue()).toBe(1);
    expect(http.bot.clock.now().getTime() - start).toBe(26250);
    expect(http.connector.messages().map((m) => m.text)).toEqual([PAYMENT]);
    expect(await http.dispatcher.runDue()).toBe(0);
    expect(http.connector.messages()).toHaveLength(1);
    expect(http.bot.db.prepare('SELECT status, attempts FROM outbox').get()).toEqual({ status: 'sent', attempts: 4 });
  });

  it('waits at least as long as Retry-After says', async () => {
    http = await startHttpBot({ env: { EVENTS_SECRET } });
    await optIn(http);
    await postEvent(http, cinemaPayment());
    http.connector.failNext(1, 429, '120');
    await http.dispatcher.runDue();
    const [row] = await http.bot.notifications.outbox.unfinished();
    expect(row).toMatchObject({ attempts: 1, lastError: 'HTTP 429' });
    expect(new Date(row.nextAttemptAt).getTime() - http.bot.clock.now().getTime()).toBe(120_000);
  });

  it('parks a notification as failed after NOTIFY_MAX_ATTEMPTS, and at once on a refusal that will not change', async () => {
    http = await startHttpBot({ env: { EVENTS_SECRET, NOTIFY_MAX_ATTEMPTS: '2' } });
    await optIn(http);
    await postEvent(http, cinemaPayment('evt-1'));
    http.connector.failNext(2, 503);
    await http.dispatcher.runDue();
    http.bot.clock.advance(60_000);
    await http.dispatcher.runDue();
    await postEvent(http, cinemaPayment('evt-2', '-10.00'));
    http.connector.failNext(1, 400);
    await http.dispatcher.runDue();
    http.bot.clock.advance(3_600_000);
    expect(await http.dispatcher.runDue()).toBe(0);
    expect((await http.bot.notifications.outbox.unfinished()).map(({ eventId, status, attempts, lastError }) => ({ eventId, status, attempts, lastError })))
      .toEqual([
        { eventId: 'evt-1', status: 'failed', attempts: 2, lastError: 'HTTP 503' },
        { eventId: 'evt-2', status: 'failed', attempts: 1, lastError: 'HTTP 400' },
      ]);
    expect(http.connector.messages()).toEqual([]);
  });

  it('retries when the connector is down', async () => {
    http = await startHttpBot({ env: { EVENTS_SECRET } });
    await optIn(http);
    await postEvent(http, cinemaPayment());
    await http.connector.stop();
    await http.dispatcher.runDue();
    // Refused or reset (a kept-alive socket), the channel never saw it.
    const [row] = await http.bot.notifications.outbox.unfinished();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.lastError).toMatch(/^ECONN(REFUSED|RESET)$/);
  });
});

describe('a crash after an event was accepted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-outbox-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('delivers the notification once after the restart', async () => {
    const path = join(dir, 'bank.db');
    const before = await startHttpBot({ db: openDatabase(path), env: { EVENTS_SECRET } });
    await optIn(before);
    expect((await postEvent(before, cinemaPayment())).status).toBe(202);
    // Killed before the dispatcher ran: the server goes, the database is closed as it stands.
    await before.stop();
    before.bot.db.close();

    const after = await startHttpBot({ db: openDatabase(path), env: { EVENTS_SECRET } });
    try {
      // The saved conversation reference points at the old connector; the channel is still there in real life.
      after.bot.db.prepare('UPDATE conversation_references SET reference = json_set(reference, \'$.serviceUrl\', @url)')
        .run({ url: after.connector.serviceUrl });
      expect(await after.dispatcher.runDue()).toBe(1);
      expect(await after.dispatcher.runDue()).toBe(0);
      expect(after.connector.messages().map((m) => m.text)).toEqual([PAYMENT]);
      expect((await after.bot.services.accounts.account('c1', 'c1-checking'))?.balanceCents).toBe(344015);
    } finally {
      await after.stop();
      after.bot.db.close();
    }
  });
});
