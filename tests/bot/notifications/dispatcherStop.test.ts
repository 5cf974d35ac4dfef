import { NotificationDispatcher } from '../../../bot/notifications/dispatcher';
import { silentLogger } from '../../../bot/infra/logger';
import { startHttpBot, type HttpBot } from '../../support/httpBot';
import { cinemaPayment, EVENTS_SECRET, postEvent } from '../../support/events';

describe('stopping the dispatcher at shutdown', () => {
  let http: HttpBot;
  afterEach(async () => { await http.stop(); });

  it('finishes the send in progress, then stops; the rest stays pending for the next start', async () => {
    http = await startHttpBot({ env: { EVENTS_SECRET } });
    const code = await http.bot.services.links.issueCode('c1', http.bot.clock.now()) as string;
    await http.post({ type: 'message', id: 'm1', text: `lier ${code}` });
    await http.post({ type: 'message', id: 'm2', text: 'active les notifications' });
    for (const id of ['evt-1', 'evt-2', 'evt-3']) expect((await postEvent(http, cinemaPayment(id))).status).toBe(202);

    let release: () => void = () => undefined;
    const sends: string[] = [];
    const dispatcher = new NotificationDispatcher({
      outbox: http.bot.notifications.outbox,
      references: http.bot.notifications.references,
      adapter: {
        continueConversationAsync: async () => {
          sends.push('started');
          await new Promise<void>((resolve) => { release = resolve; });
          sends.push('accepted');
        },
      } as never,
      botAppId: '',
      clock: http.bot.clock,
      random: () => 0.5,
      policy: { maxAttempts: 6, backoff: { baseMs: 5000, maxMs: 60000 }, pollMs: 60_000, batchSize: 50, leaseMs: 300_000 },
      timeZone: 'Europe/Paris',
      logger: silentLogger,
    });

    const pass = dispatcher.runDue();
    while (sends.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const stopped = dispatcher.stop();
    release();
    await stopped;
    expect(await pass).toBe(1);
    expect(sends).toEqual(['started', 'accepted']);
    const statuses = http.bot.db.prepare('SELECT status FROM outbox ORDER BY id').pluck().all();
    expect(statuses).toEqual(['sent', 'pending', 'pending']);
    // The rows not sent are given back at once, for another process, rather than held until the lease ends.
    expect(http.bot.db.prepare('SELECT count(*) FROM outbox WHERE claimed_by IS NOT NULL').pluck().get()).toBe(0);
  });
});
