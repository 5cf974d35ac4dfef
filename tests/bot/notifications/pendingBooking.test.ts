import { startHttpBot, type HttpBot } from '../../support/httpBot';
import { cinemaPayment, EVENTS_SECRET, postEvent } from '../../support/events';

/** A card authorisation (pending), then the bank's booking of it under the same transaction id. */
describe('a booking of a pending transaction', () => {
  let http: HttpBot;
  const balance = async (accountId: string) => (await http.bot.services.accounts.account('c1', accountId))?.balanceCents;

  beforeEach(async () => {
    http = await startHttpBot({ env: { EVENTS_SECRET } });
    const pending = cinemaPayment('evt-p');
    pending.transaction.status = 'pending';
    expect((await postEvent(http, pending)).status).toBe(202);
  });
  afterEach(async () => {
    await http.stop();
  });

  /** The booking event of the pending transaction `tx-evt-p`, with some of its fields changed. */
  const booking = (id: string, change: Partial<ReturnType<typeof cinemaPayment>['transaction']>) => {
    const event = cinemaPayment(id);
    event.transaction = { ...event.transaction, id: 'tx-evt-p', ...change };
    return event;
  };

  it('refuses another account with 400 naming accountId, and changes no balance', async () => {
    const savings = await balance('c1-savings');
    const response = await postEvent(http, booking('evt-b1', { accountId: 'c1-savings' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'transaction.accountId: differs from the pending transaction it books' });
    expect([await balance('c1-checking'), await balance('c1-savings')]).toEqual([348215, savings]);
  });

  it('refuses another amount with 400 naming amount', async () => {
    const response = await postEvent(http, booking('evt-b2', { amount: '-43.00' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'transaction.amount: differs from the pending transaction it books' });
    expect(await balance('c1-checking')).toBe(348215);
  });

  it('names the account first when both differ', async () => {
    const response = await postEvent(http, booking('evt-b3', { accountId: 'c1-savings', amount: '-43.00' }));
    expect(await response.json()).toEqual({ error: 'transaction.accountId: differs from the pending transaction it books' });
  });

  it('books the same account and amount, moving the balance by exactly 42,00 €', async () => {
    const response = await postEvent(http, booking('evt-b4', {}));
    expect(response.status).toBe(202);
    expect(await balance('c1-checking')).toBe(344015);
  });
});
