import fc from 'fast-check';
import { formatMoney } from '../../../dialogs/format/money';
import { startHttpBot, type HttpBot } from '../../support/httpBot';
import { cinemaPayment, EVENTS_SECRET, postEvent } from '../../support/events';

async function optIn(http: HttpBot): Promise<void> {
  const code = await http.bot.services.links.issueCode('c1', http.bot.clock.now()) as string;
  await http.post({ type: 'message', id: 'm1', text: `lier ${code}` });
  await http.post({ type: 'message', id: 'm2', text: 'active les notifications' });
  http.connector.received.length = 0;
}

const balanceOf = (http: HttpBot) =>
  (http.bot.db.prepare("SELECT balance_cents AS b FROM accounts WHERE id = 'c1-checking'").get() as { b: number }).b;

/** Issue #10, point 2: one event used to push a balance past 2^53 cents and crash-loop the process. */
describe('bounded money', () => {
  let http: HttpBot;
  beforeEach(async () => {
    http = await startHttpBot({ env: { EVENTS_SECRET } });
  });
  afterEach(() => http.stop());

  it('refuses an amount beyond ±10^12 cents with 400 naming the field, and changes nothing', async () => {
    const before = balanceOf(http);
    const response = await postEvent(http, cinemaPayment('evt-huge', '50000000000000.00'));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'transaction.amount: "50000000000000.00" is beyond the largest amount, ±10000000000.00' });
    expect(balanceOf(http)).toBe(before);
    expect(http.bot.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 0 });
  });

  it('accepts the largest amount itself', async () => {
    const before = balanceOf(http);
    expect((await postEvent(http, cinemaPayment('evt-max', '-10000000000.00'))).status).toBe(202);
    expect(balanceOf(http)).toBe(before - 1e12);
  });

  it('refuses a movement that would take the balance beyond ±10^15 cents', async () => {
    http.bot.db.prepare("UPDATE accounts SET balance_cents = 999999999999900 WHERE id = 'c1-checking'").run();
    const response = await postEvent(http, cinemaPayment('evt-over', '2.00'));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "transaction.amount: would take the account's balance beyond ±10000000000000.00" });
    expect(balanceOf(http)).toBe(999999999999900);
  });

  it('parks a notification that cannot be rendered, with its reason, and sends the others', async () => {
    await optIn(http);
    const { outbox } = http.bot.notifications;
    const recipient = { channelId: 'emulator', userId: 'emulator-user', customerId: 'c1' };
    const now = http.bot.clock.now();
    for (const id of ['old-1', 'old-2']) {
      http.bot.db.prepare("INSERT INTO events (id, type, received_at, body) VALUES (?, 'transaction.booked', ?, '{}')").run(id, now.toISOString());
    }
    await outbox.enqueue({ ...recipient, eventId: 'old-1', payload: { delivery: {
      merchant: 'Fnac', orderNumber: 'FN-1', status: 'delivered', estimatedDelivery: null, deliveredAt: 'not a date' } } }, now);
    // Stored before the bounds existed: shown as it is, never thrown on.
    await outbox.enqueue({ ...recipient, eventId: 'old-2', payload: { transaction: { accountName: 'Compte courant', accountType: 'checking',
      currency: 'EUR', amountCents: 2 ** 60, status: 'booked', counterparty: 'X', balanceCents: 2 ** 60 } } }, now);

    expect(await http.dispatcher.runDue()).toBe(1);
    expect(await outbox.unfinished()).toEqual([expect.objectContaining({ eventId: 'old-1', status: 'failed', lastError: 'unrenderable: RangeError' })]);
    expect(http.connector.messages().map((m) => m.text)).toEqual([
      '💶 11\u202f529\u202f215\u202f046\u202f068\u202f469,76\u00a0€ reçus de X — solde du compte courant : 11\u202f529\u202f215\u202f046\u202f068\u202f469,76\u00a0€',
    ]);
    expect(await http.dispatcher.runDue()).toBe(0);
  });
});

describe('formatMoney never throws on a stored value', () => {
  it('for any number and any currency string', () => {
    fc.assert(fc.property(fc.double(), fc.string(), fc.constantFrom('fr' as const, 'en' as const), fc.boolean(),
      (cents, currency, language, signed) => typeof formatMoney(cents, currency, language, signed) === 'string'));
  });

  it('shows an unknown currency code after the number', () => {
    expect(formatMoney(123456, 'EURO', 'fr')).toBe('1\u202f234,56 EURO');
  });
});
