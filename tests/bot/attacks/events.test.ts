import { gzipSync } from 'node:zlib';
import { signBody } from '../../../bot/notifications/signature';
import { startHttpBot, type HttpBot } from '../../support/httpBot';
import { cinemaPayment, EVENTS_SECRET, postEvent } from '../../support/events';

const MINUTE = 60_000;

/** Issue #10, point 6: what an event, or a body, could do before. */
describe('events and bodies an attacker shapes', () => {
  let http: HttpBot;
  beforeEach(async () => {
    http = await startHttpBot({ env: { EVENTS_SECRET } });
  });
  afterEach(() => http.stop());

  const eventCount = () => (http.bot.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;

  it('refuses to move a delivery onto another customer’s receipt', async () => {
    const fnac = await http.bot.services.deliveries.delivery('c1', 'c1-d-fnac');
    const jamesReceipt = (http.bot.db.prepare(`SELECT r.id FROM receipts r JOIN transactions t ON t.id = r.transaction_id
      JOIN accounts a ON a.id = t.account_id WHERE a.customer_id = 'c2' LIMIT 1`).get() as { id: string }).id;
    const response = await postEvent(http, {
      id: 'evt-move', type: 'delivery.updated',
      delivery: { id: 'c1-d-fnac', receiptId: jamesReceipt, carrier: fnac?.carrier, trackingNumber: fnac?.trackingNumber,
        status: 'delayed', estimatedDelivery: '2026-12-04', deliveredAt: null },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'delivery.receiptId: belongs to another customer than the delivery' });
    expect(await http.bot.services.deliveries.delivery('c1', 'c1-d-fnac')).toEqual(fnac);
    expect(await http.bot.services.deliveries.delivery('c2', 'c1-d-fnac')).toBeNull();
  });

  it('checks the signature on the exact bytes received: a compressed body is refused, not decompressed', async () => {
    const body = JSON.stringify({ ...cinemaPayment('evt-gz'), occurredAt: http.bot.clock.now().toISOString() });
    const response = await fetch(`${http.url}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', 'x-signature-256': signBody(body, EVENTS_SECRET) },
      body: gzipSync(body),
    });
    expect(response.status).toBe(415);
    expect(eventCount()).toBe(0);
  });

  it('refuses an event older than EVENTS_MAX_AGE_SECONDS, or as far in the future, and one without occurredAt', async () => {
    const at = (offsetMs: number) => new Date(http.bot.clock.now().getTime() + offsetMs).toISOString();
    const old = await postEvent(http, { ...cinemaPayment('evt-old'), occurredAt: at(-5 * MINUTE - 1000) });
    expect(old.status).toBe(400);
    expect(await old.json()).toEqual({ error: 'event.occurredAt: is older than 300 seconds' });
    const future = await postEvent(http, { ...cinemaPayment('evt-future'), occurredAt: at(5 * MINUTE + 1000) });
    expect(await future.json()).toEqual({ error: 'event.occurredAt: is more than 300 seconds in the future' });
    const body = JSON.stringify(cinemaPayment('evt-untimed'));
    const untimed = await fetch(`${http.url}/api/events`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-256': signBody(body, EVENTS_SECRET) }, body,
    });
    expect(await untimed.json()).toEqual({ error: 'event.occurredAt: required field is missing' });
    expect(eventCount()).toBe(0);
    expect((await postEvent(http, { ...cinemaPayment('evt-recent'), occurredAt: at(-5 * MINUTE) })).status).toBe(202);
  });

  it('remembers ids: a replay inside the window changes nothing, one after it is refused', async () => {
    const event = { ...cinemaPayment('evt-replay'), occurredAt: http.bot.clock.now().toISOString() };
    expect((await postEvent(http, event)).status).toBe(202);
    expect(await (await postEvent(http, event)).json()).toEqual({ status: 'duplicate', id: 'evt-replay' });
    http.bot.clock.advance(6 * MINUTE);
    expect((await postEvent(http, event)).status).toBe(400);
    expect(eventCount()).toBe(1);
  });

  const deep = (levels: number) => {
    let value: unknown = 'x';
    for (let i = 0; i < levels; i++) value = { a: value };
    return value;
  };

  it('refuses deep JSON in an event with 400 before anything is read', async () => {
    const response = await postEvent(http, { ...cinemaPayment('evt-deep'), extra: deep(40) });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'body is nested deeper than 32 levels' });
    expect(eventCount()).toBe(0);
  });

  it.each([
    ['value', deep(40), 'body is nested deeper than 32 levels'],
    ['channelData', Array.from({ length: 20_000 }, () => 1), 'body has more than 10000 values'],
  ])('refuses a message with deep or sprawling %s with 400, before any turn runs', async (field, value, error) => {
    const response = await http.post({ type: 'message', id: 'm1', text: 'aide', [field]: value });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
    expect(http.connector.received).toEqual([]);
    expect(http.bot.db.prepare('SELECT count(*) AS n FROM bot_state').get()).toEqual({ n: 0 });
  });

  it('welcomes once, the real new user, however many members a conversationUpdate lists', async () => {
    const membersAdded = [{ id: 'bot' }, ...Array.from({ length: 3000 }, (_, i) => ({ id: `member-${i}` })), { id: 'emulator-user' }];
    const response = await http.post({ type: 'conversationUpdate', membersAdded });
    expect(response.status).toBe(200);
    expect(http.connector.messages()).toHaveLength(1);
    expect(http.connector.messages()[0].text).toMatch(/^Bonjour\u202f! Je suis l’assistant de votre banque\./);
  });
});
