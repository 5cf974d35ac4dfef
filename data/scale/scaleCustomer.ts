/**
 * One customer of the large generated bank, drawn from the demo catalogs (French or British habits):
 * accounts, a salary and a bill each month, one or two purchases, and now and then an online order
 * with its receipt and parcel. About four transactions a month, so that 100,000 customers over 24
 * months make about ten million. Pure: the same seed gives the same customer.
 */
import type { Catalog, Habit, Shop } from '../demo/catalog';
import { ENGLISH_CATALOG } from '../demo/catalogEn';
import { FRENCH_CATALOG } from '../demo/catalogFr';
import type { SeededRandom } from '../demo/random';
import type { ScaleAccount, ScaleCustomer, ScaleTransaction } from './scaleRows';

const DAY = 86_400_000;
const MONTH = 30 * DAY;
const FIRST_NAMES = { fr: ['Camille', 'Léa', 'Hugo', 'Louis', 'Chloé', 'Jules', 'Manon', 'Arthur'], en: ['Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'George', 'Mia'] };
const LAST_NAMES = { fr: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit'], en: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans'] };

/** The customer's records; `now` is the end of the history, `months` its length. */
export function scaleCustomer(index: number, months: number, now: number, random: SeededRandom): ScaleCustomer {
  const language = random.next() < 0.7 ? 'fr' : 'en';
  const catalog = language === 'fr' ? FRENCH_CATALOG : ENGLISH_CATALOG;
  const id = `g${String(index).padStart(7, '0')}`;
  const accounts = customerAccounts(id, language, random);
  const checking = accounts[0];
  const card = accounts.find((account) => account.type === 'credit_card');
  const customer: ScaleCustomer = {
    id, name: `${random.pick(FIRST_NAMES[language])} ${random.pick(LAST_NAMES[language])}`,
    locale: language === 'fr' ? 'fr-FR' : 'en-GB', accounts, transactions: [], receipts: [],
  };
  const salaryCents = random.int(1800, 4200) * 100;
  // Days start at UTC midnight, so that generated times (07:00 to 21:00 UTC) fall on one European calendar day.
  const start = Math.floor((now - months * MONTH) / DAY) * DAY;
  for (let month = 0; month < months; month++) {
    const monthStart = start + month * MONTH;
    const at = (day: number) => monthStart + day * DAY + random.int(7, 20) * 3_600_000 + random.int(0, 3599) * 1000;
    // What would fall after `now` has not happened yet.
    const add = (row: Omit<ScaleTransaction, 'id'>) => row.bookedAt < now && customer.transactions.push({ ...row, id: `${id}-t${customer.transactions.length + 1}` }) > 0;
    add({ accountId: checking.id, bookedAt: at(1), amountCents: salaryCents, description: language === 'fr' ? 'VIR SALAIRE' : 'SALARY', merchant: null, category: 'salary', status: 'booked' });
    const bill = random.pick(catalog.bills);
    add({ accountId: checking.id, bookedAt: at(bill.day), amountCents: -random.int(bill.minCents, bill.maxCents), description: bill.description, merchant: bill.merchant, category: bill.category, status: 'booked' });
    const purchases = random.int(1, 3);
    for (let n = 0; n < purchases; n++) {
      const when = at(random.int(2, 28));
      const account = card && random.next() < 0.5 ? card : checking;
      const status = now - when < 2 * DAY ? 'pending' : 'booked';
      if (random.next() < 0.12) {
        const shop = random.pick(catalog.shops);
        const order = orderOf(shop, when, now, random);
        const paid = add({ accountId: account.id, bookedAt: when, amountCents: -order.totalCents, description: shop.description, merchant: shop.merchant, category: 'shopping', status });
        if (paid) customer.receipts.push({ ...order, id: `${id}-r${customer.receipts.length + 1}`, transactionId: customer.transactions[customer.transactions.length - 1].id });
      } else {
        const habit = pickHabit(catalog, random);
        add({ accountId: account.id, bookedAt: when, amountCents: -random.int(habit.minCents, habit.maxCents), description: habit.description, merchant: habit.merchant, category: habit.category, status });
      }
    }
  }
  return customer;
}

function customerAccounts(id: string, language: 'fr' | 'en', random: SeededRandom): ScaleAccount[] {
  const country = language === 'fr' ? 'FR76' : 'GB29';
  const accounts: ScaleAccount[] = [
    { id: `${id}-chk`, type: 'checking', name: language === 'fr' ? 'Compte courant' : 'Current account', iban: `${country}${random.digits(20)}`, cardLast4: null, balanceCents: random.int(-500, 8000) * 100 + random.int(0, 99) },
    { id: `${id}-sav`, type: 'savings', name: language === 'fr' ? 'Livret A' : 'Easy Saver', iban: `${country}${random.digits(20)}`, cardLast4: null, balanceCents: random.int(0, 30000) * 100 + random.int(0, 99) },
  ];
  if (random.next() < 0.6) accounts.push({ id: `${id}-card`, type: 'credit_card', name: 'Visa', iban: null, cardLast4: random.digits(4), balanceCents: -random.int(0, 1500) * 100 });
  return accounts;
}

function pickHabit(catalog: Catalog, random: SeededRandom): Habit {
  for (;;) {
    const habit = random.pick(catalog.habits);
    if (habit.merchant) return habit;
  }
}

function orderOf(shop: Shop, purchasedAt: number, now: number, random: SeededRandom) {
  const items = Array.from({ length: random.int(1, 3) }, () => ({ ...random.pick(shop.products), quantity: random.int(1, 2) }));
  const totalCents = items.reduce((sum, item) => sum + item.unitCents * item.quantity, 0);
  // VAT included in the price: tax = price × rate / (1 + rate), per line, rounded to the cent.
  const taxCents = items.reduce((sum, item) => sum + Math.round((item.unitCents * item.quantity * item.vatPermille) / (1000 + item.vatPermille)), 0);
  const age = now - purchasedAt;
  const status = age > 10 * DAY ? 'delivered' : age > 5 * DAY ? 'out_for_delivery' : age > 2 * DAY ? 'in_transit' : 'shipped';
  const estimated = purchasedAt + 5 * DAY;
  return {
    merchant: shop.merchant, orderNumber: `${shop.orderPrefix}${random.digits(shop.orderDigits)}`, purchasedAt, totalCents, taxCents,
    items: items.map(({ name, quantity, unitCents }) => ({ name, quantity, unitPriceCents: unitCents })),
    delivery: { carrier: shop.carrier, trackingNumber: random.digits(13), status, estimatedDelivery: estimated, deliveredAt: status === 'delivered' ? estimated : null },
  } as const;
}
