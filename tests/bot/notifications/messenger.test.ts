import { startHttpBot, type HttpBot } from '../../support/httpBot';
import { cinemaPayment, EVENTS_SECRET, postEvent } from '../../support/events';

const PAYMENT = '💳 Paiement de 42,00\u00a0€ chez Cinéma Pathé — solde du compte courant : 3\u202f440,15\u00a0€';
const HOUR = 3_600_000;

describe('Messenger: the 24-hour window and the digest', () => {
  let http: HttpBot;
  const say = (id: string, text: string) =>
    http.post({ type: 'message', id, text, channelId: 'facebook', from: { id: 'psid-1', name: 'Camille' } });

  beforeEach(async () => {
    http = await startHttpBot({ env: { EVENTS_SECRET } });
    const code = await http.bot.services.links.issueCode('c1', http.bot.clock.now()) as string;
    await say('m1', `lier ${code}`);
    await say('m2', 'active les notifications');
    http.connector.received.length = 0;
  });
  afterEach(async () => {
    await http.stop();
  });

  it('inside the window sends an UPDATE, silently as it shows a balance', async () => {
    http.bot.clock.advance(23 * HOUR);
    await postEvent(http, cinemaPayment());
    await http.dispatcher.runDue();
    const [message] = http.connector.messages();
    expect(message.text).toBe(PAYMENT);
    expect(message.channelData).toEqual({ messaging_type: 'UPDATE', notification_type: 'SILENT_PUSH' });
  });

  it('outside the window keeps it, then sends a digest right after the next reply', async () => {
    http.bot.clock.advance(25 * HOUR);
    await postEvent(http, cinemaPayment());
    expect(await http.dispatcher.runDue()).toBe(0);
    expect(http.connector.received).toEqual([]);
    expect(await http.bot.notifications.outbox.unfinished()).toMatchObject([{ status: 'held', attempts: 0 }]);

    await say('m3', 'merci');
    expect(http.connector.messages().map((m) => m.text)).toEqual([
      'Avec plaisir ! Autre chose ?',
      `Pendant votre absence :\n• ${PAYMENT}`,
    ]);
    expect(await http.bot.notifications.outbox.unfinished()).toEqual([]);
    await say('m4', 'merci');
    expect(http.connector.messages()).toHaveLength(3);
  });

  it('has no window on other channels', async () => {
    const code = await http.bot.services.links.issueCode('c1', http.bot.clock.now()) as string;
    await http.post({ type: 'message', id: 'e1', text: `lier ${code}` });
    await http.post({ type: 'message', id: 'e2', text: 'active les notifications' });
    http.connector.received.length = 0;
    http.bot.clock.advance(72 * HOUR);
    await postEvent(http, cinemaPayment());
    await http.dispatcher.runDue();
    expect(http.connector.messages().map((m) => [m.conversation?.id, m.text, m.channelData])).toEqual([
      ['conversation-1', PAYMENT, undefined],
    ]);
    expect(await http.bot.notifications.outbox.unfinished()).toMatchObject([{ channelId: 'facebook', status: 'held' }]);
  });
});
