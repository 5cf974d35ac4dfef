/**
 * Latency of every store verb the bot uses on a turn, at the bench bank's scale, for many different
 * customers (so that the page cache does not hold them all), each timed alone and in process.
 */
import type { Db } from '../../data/database';
import { AccountStore } from '../../data/accountStore';
import { AuditLog } from '../../data/auditLog';
import { ConversationReferenceStore } from '../../data/conversationReferenceStore';
import { DeliveryStore } from '../../data/deliveryStore';
import { LinkStore } from '../../data/linkStore';
import { loadConfig } from '../infra/config';
import { MessageRate } from '../../data/messageRate';
import { ReceiptStore } from '../../data/receiptStore';
import { SqliteStorage } from '../../data/sqliteStorage';
import { TransactionStore } from '../../data/transactionStore';
import { localDate } from '../../data/time';
import { percentile } from './stats';

export interface QueryTiming { name: string; p50: number; p99: number; max: number }

type Verb = (customerId: string, n: number) => unknown;

/** Passes over all customers; each sample is the best of them (on a shared machine, one pass times the scheduler). */
const PASSES = 3;

/** Runs each verb for every customer, `PASSES` times, and returns the percentiles over customers. */
export async function benchQueries(db: Db, customerIds: string[], now: Date, timeZone: string): Promise<QueryTiming[]> {
  const verbs = storeVerbs(db, now, timeZone);
  const timings: QueryTiming[] = [];
  for (const [name, verb] of Object.entries(verbs)) {
    const samples = customerIds.map(() => Infinity);
    for (let pass = 0; pass < PASSES; pass++) {
      for (let n = 0; n < customerIds.length; n++) {
        const started = process.hrtime.bigint();
        await verb(customerIds[n], n);
        samples[n] = Math.min(samples[n], Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
    timings.push({ name, p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), max: percentile(samples, 1) });
  }
  return timings;
}

function storeVerbs(db: Db, now: Date, timeZone: string): Record<string, Verb> {
  const accounts = new AccountStore(db);
  const transactions = new TransactionStore(db, { timeZone });
  const receipts = new ReceiptStore(db, { timeZone });
  const deliveries = new DeliveryStore(db, { timeZone });
  const links = new LinkStore(db, loadConfig({}).linking);
  const audit = new AuditLog(db);
  const rate = new MessageRate(db, 1_000_000);
  const references = new ConversationReferenceStore(db);
  const storage = new SqliteStorage(db);
  const today = localDate(now, timeZone);
  const monthStart = `${today.slice(0, 7)}-01`;
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const user = (n: number) => ({ channelId: 'bench-queries', userId: `u${n}` });
  // Looked up once per customer: the best of the passes times the receipt query alone.
  const merchants = new Map<string, string>();
  const merchantOf = async (customerId: string) => {
    if (!merchants.has(customerId)) merchants.set(customerId, (await transactions.merchantsOf(customerId))[0] ?? 'Carrefour');
    return merchants.get(customerId)!;
  };
  return {
    'accounts.customer': (c) => accounts.customer(c),
    'accounts.accounts': (c) => accounts.accounts(c),
    'accounts.account': (c) => accounts.account(c, `${c}-chk`),
    'transactions.search (latest 5)': (c) => transactions.search(c, { limit: 5, offset: 0 }),
    'transactions.totals (merchant, month)': (c) => transactions.totals(c, { merchant: 'Carrefour', direction: 'out', period: { start: monthStart, end: today } }),
    'transactions.totals (category, year)': (c) => transactions.totals(c, { category: 'groceries', direction: 'out', period: { start: yearStart, end: today } }),
    'transactions.biggestExpense (year)': (c) => transactions.biggestExpense(c, { period: { start: yearStart, end: today } }),
    'transactions.latestIncome': (c) => transactions.latestIncome(c, {}),
    'transactions.balanceAt': (c) => transactions.balanceAt(c, `${c}-chk`, monthStart),
    'transactions.merchantsOf': (c) => transactions.merchantsOf(c),
    'transactions.categoriesOf': (c) => transactions.categoriesOf(c),
    'receipts.latest': (c) => receipts.latest(c),
    'receipts.find (merchant)': async (c) => receipts.find(c, { merchant: await merchantOf(c) }),
    'deliveries.underWay': (c) => deliveries.underWay(c),
    'deliveries.find (merchant)': (c) => deliveries.find(c, { merchant: 'Fnac' }),
    'links.link': (_c, n) => links.link(user(n), now),
    'messageRate.count (write)': (_c, n) => rate.count(user(n), now),
    'audit.record (write)': (c, n) => audit.record({ at: now.toISOString(), ...user(n), customerId: c, intent: 'Balance', accountIds: [`${c}-chk`] }),
    'references.save (write)': (c, n) => references.save({ ...user(n), customerId: c, language: 'fr', reference: { conversation: { id: `q${n}` } }, lastMessageAt: now }),
    'storage.write (state)': (_c, n) => storage.write({ [`bench-queries/conversations/q${n}`]: { dialogState: { dialogStack: [] }, language: 'fr' } }),
    'storage.read (state)': (_c, n) => storage.read([`bench-queries/conversations/q${n}`]),
  };
}
