import type { transactions as english } from '../en/transactions';
import { deName } from '../../format/frenchDe';
import { capitalize } from '../../format/capitalize';

/** Opérations : listes, totaux, plus grosse dépense, revenus, soldes passés. */
export const transactions: typeof english = {
  latestIntro: (from: number, to: number, total: number) =>
    `${to === 1 ? 'Votre dernière opération' : 'Vos dernières opérations'} (${range(from, to, total)})\u00a0:`,
  listIntro: (scope: string, from: number, to: number, total: number) =>
    `${total === 1 ? 'Votre opération' : 'Vos opérations'} ${scope} (${range(from, to, total)})\u00a0:`,
  noTransactions: (scope: string) => (scope ? `Aucune opération ${scope}.` : 'Aucune opération.'),
  pending: 'en attente',
  spentTotal: (scope: string, amount: string, count: number, details: string) =>
    `${capitalize(scope)}\u00a0: ${amount} dépensés en ${count} paiement${count > 1 ? 's' : ''}${details}.`,
  netTotal: (scope: string, amount: string, count: number) =>
    `${capitalize(scope)} : ${amount} au net sur ${count} opération${count > 1 ? 's' : ''}.`,
  nothingSpent: (scope: string) => `Aucune dépense ${scope}.`,
  amountInOtherCurrency: (named: string, account: string) =>
    `Vos comptes sont en ${account} et je ne convertis pas les ${named}. Redemandez avec un montant en ${account}, par exemple «\u202fplus de 50\u202f».`,
  sameAmountIn: (sign: string) => `Mêmes montants en ${sign}`,
  biggestExpense: (scope: string, name: string, amount: string, day: string) =>
    `Votre plus grosse dépense ${scope} : ${name}, ${amount}, le ${day}.`,
  noExpense: (scope: string) => `Aucune dépense ${scope}.`,
  /** `name`: the shop, empty when the scope already names it. */
  lastPayment: (scope: string, name: string, amount: string, day: string, relative: string) =>
    `Votre dernier paiement ${scope}\u00a0: ${name ? `${name}, ` : ''}${amount}, le ${day} (${relative}).`,
  noPayment: (scope: string) => `Aucun paiement ${scope}.`,
  noAccountLike: (named: string, accounts: string[]) =>
    `Vous n’avez pas de ${/\bcompte\b/.test(named) ? '' : 'compte '}«\u202f${named}\u202f» chez nous. ${accounts.length === 1 ? 'Votre compte' : 'Vos comptes'}\u00a0: ${accounts.join(', ')}.`,
  noAccountOfType: (type: string, accounts: string[]) =>
    `Vous n’avez pas de ${ACCOUNT_TYPE_NAMES[type] ?? 'tel compte'} chez nous. ${accounts.length === 1 ? 'Votre compte' : 'Vos comptes'}\u00a0: ${accounts.join(', ')}.`,
  incomeArrived: (amount: string, from: string, day: string, relative: string, account: string) =>
    `Oui : ${amount} ${deName(from)} sont arrivés le ${day} (${relative}), sur ${account}.`,
  incomeNotYet: (scope: string) => `Rien n’est encore arrivé ${scope}.`,
  incomeLast: (amount: string, from: string, day: string) => `Le dernier versement : ${amount} ${deName(from)} le ${day}.`,
  pastBalancesIntro: (day: string, accounts: number) => `${accounts === 1 ? 'Votre solde' : 'Vos soldes'} à la fin du ${day}\u00a0:`,
  listCapped: (max: number) => `J’affiche au plus ${max}\u00a0opérations à la fois. Touchez «\u202fVoir plus\u202f» pour les suivantes.`,
  noMore: 'C’est tout, il n’y a rien de plus à afficher.',
  scope: {
    /** The days counted are said, so that a weekend cut by the period's end shows. */
    onWeekends: (period: string, days: number) => {
      if (days === 0) return `les week-ends ${period} (il n’y en a pas)`;
      return days === 1 ? `le seul jour de week-end ${period}` : `les ${days}\u00a0jours de week-end ${period}`;
    },
    at: (merchant: string) => `chez ${merchant}`,
    inCategory: (category: string) => `en ${category}`,
    notAt: (merchant: string) => `hors ${merchant}`,
    notInCategory: (category: string) => `hors ${category}`,
    onAccount: (account: string) => `sur ${account}`,
    over: (amount: string) => `de plus de ${amount}`,
    under: (amount: string) => `de moins de ${amount}`,
    atLeast: (amount: string) => `d’au moins ${amount}`,
    atMost: (amount: string) => `d’au plus ${amount}`,
    between: (low: string, high: string) => `entre ${low} et ${high}`,
    and: 'et',
    exactly: (amount: string) => `de ${amount}`,
    withoutOwnTransfers: 'hors virements entre vos comptes',
  },
  undatedPeriod: 'Je ne sais pas à quelles dates correspondent ces vacances (elles changent selon la zone, l’école ou l’année)\u00a0: donnez-moi les dates, par exemple «\u202fdu 4 au 19 avril\u202f».',
  narrowerKindAt: {
    fuel: (merchant: string) => `Vos achats de carburant sont vos paiements ${merchant}\u00a0:`,
    rail: (merchant: string) => `Vos trajets en train sont vos paiements ${merchant}\u00a0:`,
  },
  noNarrowerKind: {
    fuel: (scope: string) => `${['Aucun achat de carburant', scope].filter(Boolean).join(' ')}\u00a0: aucune station-service parmi vos transports.`,
    rail: (scope: string) => `${['Aucun trajet en train', scope].filter(Boolean).join(' ')}\u00a0: aucune compagnie ferroviaire parmi vos transports.`,
  },
  categories: {
    salary: 'salaire', groceries: 'courses', restaurants: 'restaurants', transport: 'transports',
    shopping: 'shopping', utilities: 'factures', housing: 'logement', health: 'santé', entertainment: 'loisirs',
    travel: 'voyages', subscriptions: 'abonnements', transfer: 'virements', cash: 'retraits',
  },
};

/** "1 à 5 sur 330", "3 sur 330" for a single line, "1 sur 1". */
function range(from: number, to: number, total: number): string {
  return from === to ? `${from} sur ${total}` : `${from} à ${to} sur ${total}`;
}

/** « Vous n’avez pas de carte de crédit » : le type nommé, jamais les mots tapés (« la cb »). */
const ACCOUNT_TYPE_NAMES: Readonly<Record<string, string>> = { credit_card: 'carte de crédit', savings: 'compte d’épargne', checking: 'compte courant' };
