/**
 * One customer of the large generated bank, drawn from the demo catalogs (French or British habits):
 * accounts, a salary and a bill each month, one to three purchases, and now and then an online order
 * with its receipt and parcel. About four transactions a month, so that 100,000 customers over 24
 * months make about ten million. Pure: the same seed gives the same customer.
 */
import type { Catalog, Habit } from '../demo/catalog';
import { ENGLISH_CATALOG } from '../demo/catalogEn';
import { FRENCH_CATALOG } from '../demo/catalogFr';
import type { SeededRandom } from '../demo/random';
import { onlineOrder } from './scaleOrder';
import type { ScaleAccount, ScaleCustomer, ScaleTransaction } from './scaleRows';
import type { Language } from '../language';

const DAY = 86_400_000;
const MONTH = 30 * DAY;
const ONLINE_SHARE = 0.12;
const NAMES = {
  fr: { first: ['Camille', 'Léa', 'Hugo', 'Louis', 'Chloé', 'Jules', 'Manon', 'Arthur'], last: ['Martin', 'Bernard', 'Dubois', 'Petit'] },
  en: { first: ['Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'George', 'Mia'], last: ['Smith', 'Jones', 'Taylor', 'Evans'] },
};

type Movement = Omit<ScaleTransaction, 'id' | 'accountId' | 'status'>;

/** The customer's records; `now` is the end of the history, `months` its length. */
export function scaleCustomer(index: number, months: number, now: number, random: SeededRandom): ScaleCustomer {
  const language: Language = random.next() < 0.7 ? 'fr' : 'en';
  const id = `g${String(index).padStart(7, '0')}`;
  const names = NAMES[language];
  const customer: ScaleCustomer = {
    id, name: `${random.pick(names.first)} ${random.pick(names.last)}`, locale: language === 'fr' ? 'fr-FR' : 'en-GB',
    accounts: customerAccounts(id, language, random), transactions: [], receipts: [],
  };
  const history = new History(customer, language === 'fr' ? FRENCH_CATALOG : ENGLISH_CATALOG, now, random);
  const salaryCents = random.int(1800, 4200) * 100;
  // Days start at UTC midnight, so that generated times (07:00 to 21:00 UTC) fall on one European calendar day.
  const start = Math.floor((now - months * MONTH) / DAY) * DAY;
  for (let month = 0; month < months; month++) history.month(start + month * MONTH, salaryCents, language);
  return customer;
}

/** Adds one month after another to a customer; what would fall after `now` has not happened yet. */
class History {
  private readonly checking: ScaleAccount;
  private readonly card: ScaleAccount | undefined;

  constructor(private readonly customer: ScaleCustomer, private readonly catalog: Catalog, private readonly now: number,
    private readonly random: SeededRandom) {
    this.checking = customer.accounts[0];
    this.card = customer.accounts.find((account) => account.type === 'credit_card');
  }

  month(monthStart: number, salaryCents: number, language: Language): void {
    const random = this.random;
    const at = (day: number) => monthStart + day * DAY + random.int(7, 20) * 3_600_000 + random.int(0, 3599) * 1000;
    const salary = language === 'fr' ? 'VIR SALAIRE' : 'SALARY';
    this.add(this.checking, { bookedAt: at(1), amountCents: salaryCents, description: salary, merchant: null, category: 'salary' });
    const bill = random.pick(this.catalog.bills);
    this.add(this.checking, { bookedAt: at(bill.day), amountCents: -random.int(bill.minCents, bill.maxCents),
      description: bill.description, merchant: bill.merchant, category: bill.category });
    const purchases = random.int(1, 3);
    for (let n = 0; n < purchases; n++) this.purchase(at(random.int(2, 28)));
  }

  private purchase(when: number): void {
    const random = this.random;
    const account = this.card && random.next() < 0.5 ? this.card : this.checking;
    if (random.next() < ONLINE_SHARE) {
      const shop = random.pick(this.catalog.shops);
      const order = onlineOrder(shop, when, this.now, random);
      const paid = this.add(account, { bookedAt: when, amountCents: -order.totalCents, description: shop.description,
        merchant: shop.merchant, category: 'shopping' });
      if (paid) this.customer.receipts.push({ ...order, id: `${this.customer.id}-r${this.customer.receipts.length + 1}`, transactionId: paid });
      return;
    }
    const habit = pickHabit(this.catalog, random);
    this.add(account, { bookedAt: when, amountCents: -random.int(habit.minCents, habit.maxCents), description: habit.description,
      merchant: habit.merchant, category: habit.category });
  }

  /** The new transaction's id, or null for a time still to come. The last two days are pending. */
  private add(account: ScaleAccount, movement: Movement): string | null {
    if (movement.bookedAt >= this.now) return null;
    const id = `${this.customer.id}-t${this.customer.transactions.length + 1}`;
    const status = this.now - movement.bookedAt < 2 * DAY ? 'pending' : 'booked';
    // Field by field rather than spread: ten million copies of a spread object were a tenth of the time in GC.
    const { bookedAt, amountCents, description, merchant, category } = movement;
    this.customer.transactions.push({ id, accountId: account.id, bookedAt, amountCents, description, merchant, category, status });
    return id;
  }
}

function customerAccounts(id: string, language: Language, random: SeededRandom): ScaleAccount[] {
  const iban = () => `${language === 'fr' ? 'FR76' : 'GB29'}${random.digits(20)}`;
  const accounts: ScaleAccount[] = [
    { id: `${id}-chk`, type: 'checking', name: language === 'fr' ? 'Compte courant' : 'Current account', iban: iban(),
      cardLast4: null, balanceCents: random.int(-500, 8000) * 100 + random.int(0, 99) },
    { id: `${id}-sav`, type: 'savings', name: language === 'fr' ? 'Livret A' : 'Easy Saver', iban: iban(),
      cardLast4: null, balanceCents: random.int(0, 30000) * 100 + random.int(0, 99) },
  ];
  if (random.next() < 0.6) {
    accounts.push({ id: `${id}-card`, type: 'credit_card', name: 'Visa', iban: null, cardLast4: random.digits(4),
      balanceCents: -random.int(0, 1500) * 100 });
  }
  return accounts;
}

/** A habit with a merchant (cash withdrawals have none, and people ask about shops). */
function pickHabit(catalog: Catalog, random: SeededRandom): Habit {
  for (;;) {
    const habit = random.pick(catalog.habits);
    if (habit.merchant) return habit;
  }
}
