/**
 * The chat users `npm run bench` speaks as: generated customers, each linked to a `webchat` user with
 * the bank's own one-time code, each asking a mix of real questions about their own data in their
 * own language (balance, totals by merchant and period, latest transactions, receipts, deliveries).
 */
import type { Db } from '../../data/database';
import { LinkStore } from '../../data/linkStore';
import { loadConfig } from '../infra/config';
import { ReceiptStore } from '../../data/receiptStore';

export type QuestionKind = 'balance' | 'total' | 'latest' | 'receipt' | 'delivery';

/** `merchant`: the one a total is asked about, which the answer must name (or it answered more broadly). */
export interface Question { kind: QuestionKind; text: string; merchant?: string }

export interface BenchUser {
  userId: string;
  customerId: string;
  language: 'fr' | 'en';
  /** The shop of the customer's latest order, which receipt and delivery replies must name. */
  shop: string;
  questions: Question[];
}

const QUESTIONS: Record<'fr' | 'en', (merchant: string, shop: string) => Question[]> = {
  fr: (merchant, shop) => [
    { kind: 'balance', text: 'Quel est mon solde ?' },
    { kind: 'total', text: `Combien j'ai dépensé chez ${merchant} le mois dernier ?`, merchant },
    { kind: 'latest', text: 'Mes dernières opérations' },
    { kind: 'total', text: `Combien chez ${merchant} cette année ?`, merchant },
    { kind: 'receipt', text: `Montre-moi le reçu de ma commande ${shop}` },
    { kind: 'delivery', text: `Quand arrive ma commande ${shop} ?` },
  ],
  en: (merchant, shop) => [
    { kind: 'balance', text: "What's my balance?" },
    { kind: 'total', text: `How much did I spend at ${merchant} last month?`, merchant },
    { kind: 'latest', text: 'Show my latest transactions' },
    { kind: 'total', text: `How much at ${merchant} this year?`, merchant },
    { kind: 'receipt', text: `Show me the receipt for my ${shop} order` },
    { kind: 'delivery', text: `When will my ${shop} order arrive?` },
  ],
};

/**
 * Links `count` chat users on `channelId` to generated customers who have an online order (spread over
 * the whole bank, so that queries touch cold pages too), and writes their questions.
 */
export async function prepareUsers(db: Db, channelId: string, count: number, timeZone: string, now: Date): Promise<BenchUser[]> {
  const links = new LinkStore(db, loadConfig({}).linking);
  const receipts = new ReceiptStore(db, { timeZone });
  const customers = db.prepare<{ count: number }, { id: string; locale: string }>(`
    SELECT c.id, c.locale FROM customers c
    WHERE c.id >= 'g' AND c.id < 'h' AND EXISTS (SELECT 1 FROM receipts r JOIN transactions t ON t.id = r.transaction_id
      JOIN accounts a ON a.id = t.account_id WHERE a.customer_id = c.id)
    ORDER BY (c.rowid * 7919) % 1000003 LIMIT @count`).all({ count });
  // Where the customer pays most often: what people ask about. Names of three letters or fewer (BT)
  // are left to their own benchmark of recognition.
  const favouriteMerchant = db.prepare<{ customerId: string }, { merchant: string }>(`
    SELECT t.merchant FROM transactions t JOIN accounts a ON a.id = t.account_id
    WHERE a.customer_id = @customerId AND length(t.merchant) > 3
    GROUP BY t.merchant ORDER BY count(*) DESC, t.merchant LIMIT 1`);
  if (customers.length < count) throw new Error(`the bench database has ${customers.length} customers with an order, ${count} needed`);
  // One after the other: ten thousand links begun at once would each wait on every other's transaction.
  const users: BenchUser[] = [];
  for (const [index, customer] of customers.entries()) {
    const userId = `bench-${channelId}-${index}`;
    const code = await links.issueCode(customer.id, now);
    if (!code || (await links.redeem({ channelId, userId }, code, now)).kind !== 'linked') throw new Error(`could not link ${userId}`);
    const language = customer.locale.startsWith('fr') ? 'fr' : 'en';
    const merchant = favouriteMerchant.get({ customerId: customer.id })?.merchant ?? 'Carrefour';
    const shop = (await receipts.latest(customer.id))?.merchant ?? 'Fnac';
    users.push({ userId, customerId: customer.id, language, shop, questions: QUESTIONS[language](merchant, shop) });
  }
  return users;
}
