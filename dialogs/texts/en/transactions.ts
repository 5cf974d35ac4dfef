import { capitalize } from '../../format/capitalize';
/** Transactions: lists, totals, the biggest expense, income, past balances. */
export const transactions = {
  latestIntro: (from: number, to: number, total: number) =>
    `${to === 1 ? 'Your latest transaction' : 'Your latest transactions'} (${range(from, to, total)}):`,
  listIntro: (scope: string, from: number, to: number, total: number) =>
    `${total === 1 ? 'Your transaction' : 'Your transactions'} ${scope} (${range(from, to, total)}):`,
  noTransactions: (scope: string) => (scope ? `No transactions ${scope}.` : 'No transactions.'),
  pending: 'pending',
  /** `details`: what the total holds or leaves out (pending part, transfers between own accounts). */
  spentTotal: (scope: string, amount: string, count: number, details: string) =>
    `${capitalize(scope)}: ${amount} spent in ${count} ${count === 1 ? 'payment' : 'payments'}${details}.`,
  netTotal: (scope: string, amount: string, count: number) =>
    `${capitalize(scope)}: ${amount} net over ${count} ${count === 1 ? 'transaction' : 'transactions'}.`,
  nothingSpent: (scope: string) => `Nothing spent ${scope}.`,
  amountInOtherCurrency: (named: string, account: string) =>
    `Your accounts are in ${account}, and I don’t convert ${named}. Ask again with an amount in ${account}, for example “over 50”.`,
  /** The quick reply that asks the same amounts again in the account's currency (a Messenger title: 20 characters). */
  sameAmountIn: (sign: string) => `Same amounts in ${sign}`,
  biggestExpense: (scope: string, name: string, amount: string, day: string) =>
    `Your biggest expense ${scope}: ${name}, ${amount}, on ${day}.`,
  noExpense: (scope: string) => `No expenses ${scope}.`,
  /** `name`: the shop, empty when the scope already names it. */
  lastPayment: (scope: string, name: string, amount: string, day: string, relative: string) =>
    `Your last payment ${scope}: ${name ? `${name}, ` : ''}${amount}, on ${day} (${relative}).`,
  noPayment: (scope: string) => `No payment ${scope}.`,
  noAccountLike: (named: string, accounts: string[]) =>
    `You have no "${named}"${/\baccount\b/.test(named) ? '' : ' account'} with us. Your ${accounts.length === 1 ? 'account' : 'accounts'}: ${accounts.join(', ')}.`,
  /** An account of a type the customer holds none of, named by the type, never by the words typed ("la cb"). */
  noAccountOfType: (type: string, accounts: string[]) =>
    `You have no ${ACCOUNT_TYPE_NAMES[type] ?? 'such account'} with us. Your ${accounts.length === 1 ? 'account' : 'accounts'}: ${accounts.join(', ')}.`,
  incomeArrived: (amount: string, from: string, day: string, relative: string, account: string) =>
    `Yes: ${amount} from ${from} came in on ${day} (${relative}), on ${account}.`,
  incomeNotYet: (scope: string) => `Nothing has come in ${scope} yet.`,
  incomeLast: (amount: string, from: string, day: string) => `The last one: ${amount} from ${from} on ${day}.`,
  pastBalancesIntro: (day: string, accounts: number) => `Your ${accounts === 1 ? 'balance' : 'balances'} at the end of ${day}:`,
  listCapped: (max: number) => `I show at most ${max} transactions at a time. Tap "Show more" for the next ones.`,
  noMore: "That’s all, there is nothing more to show.",
  scope: {
    /** The days counted are said, so that a weekend cut by the period's end shows. */
    onWeekends: (period: string, days: number) => {
      if (days === 0) return `on weekends ${period} (there are none)`;
      return days === 1 ? `on the one weekend day ${period}` : `on the ${days} weekend days ${period}`;
    },
    at: (merchant: string) => `at ${merchant}`,
    /** "at restaurants" (a place), "on groceries", "on bills" (what the money went on). */
    inCategory: (category: string) => `${category === 'restaurants' ? 'at' : 'on'} ${category}`,
    notAt: (merchant: string) => `not at ${merchant}`,
    notInCategory: (category: string) => `excluding ${category}`,
    onAccount: (account: string) => `on ${account}`,
    over: (amount: string) => `over ${amount}`,
    under: (amount: string) => `under ${amount}`,
    atLeast: (amount: string) => `of at least ${amount}`,
    atMost: (amount: string) => `of at most ${amount}`,
    between: (low: string, high: string) => `between ${low} and ${high}`,
    and: 'and',
    exactly: (amount: string) => `of ${amount}`,
    withoutOwnTransfers: 'excluding transfers between your accounts',
  },
  undatedPeriod: 'I can’t tell which dates those holidays cover (they change by school and year): tell me the dates, for example “from 4 to 19 April”.',
  narrowerKindAt: {
    fuel: (merchant: string) => `Your fuel purchases are your ${merchant} payments:`,
    rail: (merchant: string) => `Your train and tube fares are your ${merchant} payments:`,
  },
  noNarrowerKind: {
    fuel: (scope: string) => `${['No fuel purchase', scope].filter(Boolean).join(' ')}: no petrol station among your transport payments.`,
    rail: (scope: string) => `${['No train fare', scope].filter(Boolean).join(' ')}: no rail company among your transport payments.`,
  },
  categories: {
    salary: 'salary', groceries: 'groceries', restaurants: 'restaurants', transport: 'transport',
    shopping: 'shopping', utilities: 'bills', housing: 'housing', health: 'health', entertainment: 'going out',
    travel: 'travel', subscriptions: 'subscriptions', transfer: 'transfers', cash: 'cash withdrawals',
  } as Record<string, string>,
};

const ACCOUNT_TYPE_NAMES: Readonly<Record<string, string>> = { credit_card: 'credit card', savings: 'savings account', checking: 'current account' };

/** "1–5 of 330", "3 of 330" for a single line, "1 of 1". */
function range(from: number, to: number, total: number): string {
  return from === to ? `${from} of ${total}` : `${from}–${to} of ${total}`;
}
