import { startHttpBot, type HttpBot } from '../../support/httpBot';
import { cinemaPayment, EVENTS_SECRET, postEvent } from '../../support/events';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const PAYMENT = `💳 Paiement de 42,00${NBSP}€ chez Cinéma Pathé — solde du compte courant : 3${NNBSP}440,15${NBSP}€`;

describe('bank events in, proactive messages out', () => {
  let http: HttpBot;
  const count = (table: string) => (http.bot.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const balance = () => http.bot.services.accounts.account('c1', 'c1-checking')?.balanceCents;

  beforeEach(async () => {
    http = await startHttpBot({ env: { EVENTS_SECRET } });
  });
  afterEach(async () => {
    await http.stop();
  });

  /** Links the Emulator user to Camille and turns updates on, as she would: by chatting. */
  async function optIn(): Promise<void> {
    const code = http.bot.services.links.issueCode('c1', http.bot.clock.now()) as string;
    await http.post({ type: 'message', id: 'm1', text: `lier ${code}` });
    await http.post({ type: 'message', id: 'm2', text: 'active les notifications' });
    expect(http.connector.messages().at(-1)?.text)
      .toBe('C’est fait : je vous préviendrai ici quand de l’argent bouge sur vos comptes et quand vos colis avancent.');
    http.connector.received.length = 0;
  }

  it('sends the payment with its exact amount and the new balance, and books it', async () => {
    await optIn();
    const response = await postEvent(http, cinemaPayment());
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ status: 'accepted', id: 'evt-1', notifications: 1 });
    expect(await http.dispatcher.runDue()).toBe(1);

    expect(http.connector.messages().map((m) => m.text)).toEqual([PAYMENT]);
    expect(http.connector.received[0].conversationId).toBe('conversation-1');
    expect(balance()).toBe(344015);
    // What "latest transactions" reads: the booked payment comes first.
    const latest = http.bot.services.transactions.search('c1', { limit: 1, offset: 0 }).transactions[0];
    expect(latest).toMatchObject({ id: 'tx-evt-1', amountCents: -4200, merchant: 'Cinéma Pathé', status: 'booked' });
    expect(http.bot.notifications.outbox.unfinished()).toEqual([]);
  });

  it('acknowledges a repeated event id again and changes nothing', async () => {
    await optIn();
    expect((await postEvent(http, cinemaPayment())).status).toBe(202);
    const again = await postEvent(http, cinemaPayment());
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual({ status: 'duplicate', id: 'evt-1' });
    await http.dispatcher.runDue();
    await http.dispatcher.runDue();
    expect(http.connector.messages()).toHaveLength(1);
    expect(balance()).toBe(344015);
    expect(count('outbox')).toBe(1);
  });

  it('refuses a wrong or missing signature with 401 and stores nothing', async () => {
    await optIn();
    const forged = await postEvent(http, cinemaPayment(), 'sha256=' + '0'.repeat(64));
    expect(forged.status).toBe(401);
    const unsigned = await fetch(`${http.url}/api/events`, { method: 'POST', body: JSON.stringify(cinemaPayment()) });
    expect(unsigned.status).toBe(401);
    expect([count('events'), count('outbox'), balance()]).toEqual([0, 0, 348215]);
    expect(http.bot.services.transactions.search('c1', { limit: 1, offset: 0 }).transactions[0].id).not.toBe('tx-evt-1');
  });

  it('refuses an invalid event with 400 naming the field, and stores nothing', async () => {
    const bad = cinemaPayment('evt-2', '12,5');
    const response = await postEvent(http, bad);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'transaction.amount: "12,5" is not a decimal amount' });
    const unknownAccount = cinemaPayment('evt-3');
    unknownAccount.transaction.accountId = 'nope';
    expect(await (await postEvent(http, unknownAccount)).json()).toEqual({ error: 'transaction.accountId: unknown account "nope"' });
    expect(await (await postEvent(http, { id: 'evt-4', type: 'account.closed' })).json())
      .toEqual({ error: 'event.type: "account.closed" is not one of transaction.booked, delivery.updated' });
    expect([count('events'), count('transactions WHERE id LIKE \'tx-evt%\''), balance()]).toEqual([0, 0, 348215]);
  });

  it('sends nothing to a customer who did not opt in (off by default)', async () => {
    const code = http.bot.services.links.issueCode('c1', http.bot.clock.now()) as string;
    await http.post({ type: 'message', id: 'm1', text: `lier ${code}` });
    http.connector.received.length = 0;
    expect(await (await postEvent(http, cinemaPayment())).json()).toEqual({ status: 'accepted', id: 'evt-1', notifications: 0 });
    expect(await http.dispatcher.runDue()).toBe(0);
    expect(http.connector.received).toEqual([]);
    expect(balance()).toBe(344015);
  });

  it('alerts once when the balance crosses below the customer’s threshold', async () => {
    const code = http.bot.services.links.issueCode('c1', http.bot.clock.now()) as string;
    await http.post({ type: 'message', id: 'm1', text: `lier ${code}` });
    await http.post({ type: 'message', id: 'm2', text: 'alerte moi quand le solde de mon compte courant passe en dessous de 3 450 €' });
    http.connector.received.length = 0;
    expect(await (await postEvent(http, cinemaPayment('evt-1'))).json()).toMatchObject({ notifications: 1 });
    expect(await (await postEvent(http, cinemaPayment('evt-2', '-10.00'))).json()).toMatchObject({ notifications: 0 });
    await http.dispatcher.runDue();
    expect(http.connector.messages().map((m) => m.text)).toEqual([
      `⚠️ Votre compte courant est à 3${NNBSP}440,15${NBSP}€, sous votre seuil d’alerte de 3${NNBSP}450,00${NBSP}€`,
    ]);
    expect(balance()).toBe(343015);
  });

  it('tells of a late parcel with its new date', async () => {
    await optIn();
    const fnac = http.bot.services.deliveries.delivery('c1', 'c1-d-fnac');
    expect(fnac).not.toBeNull();
    const event = {
      id: 'evt-d1', type: 'delivery.updated',
      delivery: { id: 'c1-d-fnac', receiptId: fnac?.receiptId, carrier: fnac?.carrier, trackingNumber: fnac?.trackingNumber,
        status: 'delayed', estimatedDelivery: '2026-12-04', deliveredAt: null },
    };
    expect((await postEvent(http, event)).status).toBe(202);
    await http.dispatcher.runDue();
    expect(http.connector.messages().map((m) => m.text)).toEqual(['📦 Commande Fnac FN-20418836 : retardée, livraison prévue le vendredi 4 décembre']);
  });
});

describe('events without EVENTS_SECRET', () => {
  it('refuses every event with 503', async () => {
    const http = await startHttpBot();
    try {
      const response = await postEvent(http, cinemaPayment());
      expect(response.status).toBe(503);
      expect((http.bot.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n).toBe(0);
    } finally {
      await http.stop();
    }
  });
});
