import type { insights as english } from '../en/insights';

const N = '\u202f';
const S = '\u00a0';
const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;

/** Ce que l’on voit de son propre argent : paiements réguliers, ce qui arrive, l’habitude, la répartition. */
export const insights: typeof english = {
  insightQuick: { subscriptions: 'Mes abonnements', upcoming: 'À venir', comparison: 'Vs d’habitude', breakdown: 'Répartition' },
  rhythm: { weekly: 'par semaine', monthly: 'par mois', quarterly: 'par trimestre', yearly: 'par an' },
  subscriptionsIntro: (count: number, monthly: string) =>
    `${plural(count, 'paiement')} régulier${count > 1 ? 's' : ''}, environ ${monthly} par mois${S}:`,
  subscriptionLine: (merchant: string, amount: string, rhythm: string, last: string, next: string) =>
    `• ${merchant}${S}: ${amount} ${rhythm}, dernier le ${last}, prochain vers le ${next}`,
  priceRise: (merchant: string, from: string, to: string, since: string) => `• ${merchant}${S}: ${from} → ${to} depuis ${since}`,
  priceRisesIntro: `Changements de prix${S}:`,
  noSubscriptions: 'Je ne trouve aucun paiement régulier sur vos 13 derniers mois.',
  subscriptionAt: (merchant: string, amount: string, rhythm: string, last: string, next: string) =>
    `Votre paiement régulier chez ${merchant}${S}: ${amount} ${rhythm}, dernier le ${last}, prochain vers le ${next}`,
  noSubscriptionAt: (merchant: string) => `Je ne trouve aucun paiement régulier chez ${merchant} sur vos 13 derniers mois.`,
  upcomingTotal: (scope: string, total: string, count: number) => `Prélèvements attendus ${scope}${S}: ${total} en ${plural(count, 'paiement')}.`,
  upcomingLine: (day: string, merchant: string, amount: string) => `• ${day} · ${merchant} · ${amount}`,
  cardSettlementPayee: (card: string) => `Débit différé de votre ${card} (estimé)`,
  noUpcoming: (scope: string) => `Aucun paiement régulier attendu ${scope}.`,
  projectionIntro: (account: string, payday: string) => `Solde estimé de ${account} jusqu’à la paie (vers le ${payday})${S}:`,
  projectionIntroNoPayday: (account: string, until: string) => `Solde estimé de ${account} jusqu’au ${until}${S}:`,
  projectionLine: (day: string, balance: string) => `• ${day}${S}: ${balance}`,
  noOverdraft: (lowest: string, day: string) => `Pas de découvert prévu${S}: le plus bas, le ${day}, à ${lowest}.`,
  overdraft: (day: string, balance: string) => `Attention${S}: découvert estimé à partir du ${day} (${balance}).`,
  estimateNote: 'C’est une estimation, d’après vos paiements réguliers.',
  comparisonIntro: (scope: string, months: number) =>
    `Ce mois-ci ${scope}, par rapport aux mêmes jours des ${months} mois précédents (hors virements entre vos comptes)${S}:`,
  comparisonLine: (category: string, current: string, usual: string) => `• ${category}${S}: ${current} contre ${usual} d’habitude à cette date`,
  comparisonOne: (answer: 'more' | 'less' | 'same', category: string, current: string, usual: string, scope: string) =>
    `${answer === 'more' ? 'Oui' : answer === 'less' ? 'Non' : 'Comme d’habitude'}${S}: en ${category}, ${current} ce mois-ci contre ${usual} d’habitude à cette date (${scope}).`,
  noComparison: `Aucune dépense ce mois-ci ni les trois mois précédents${S}: rien à comparer.`,
  periodsIntro: (category?: string) => `Vos dépenses${category ? ` en ${category}` : ''} (hors virements entre vos comptes)${S}:`,
  periodsTotal: (scope: string, amount: string) => `• ${scope.charAt(0).toUpperCase()}${scope.slice(1)}${S}: ${amount}`,
  periodsDifference: (answer: 'more' | 'less' | 'same', difference: string, laterScope: string) =>
    (answer === 'same' ? 'Autant sur les deux périodes.' : `Soit ${difference} de ${answer === 'more' ? 'plus' : 'moins'} ${laterScope}.`),
  periodsChangesIntro: `Les plus grands écarts${S}:`,
  periodsChangeLine: (category: string, earlier: string, later: string) => `• ${category}${S}: ${earlier} → ${later}`,
  breakdownTotal: (scope: string, total: string) => `Vos dépenses ${scope}${S}: ${total} (hors virements entre vos comptes).`,
  breakdownLine: (category: string, amount: string, percent: number) => `• ${category}${S}: ${amount} (${percent}${N}%)`,
  noBreakdown: (scope: string) => `Aucune dépense ${scope}.`,
  chartTitle: (scope: string) => `Dépenses ${scope}`,
  unusualAlert: {
    duplicate: (amount: string, merchant: string) => `⚠️ Inhabituel${S}: ${amount} chez ${merchant} une deuxième fois en moins de 24${S}heures.`,
    firstPayment: (amount: string, merchant: string) => `⚠️ Inhabituel${S}: premier paiement chez ${merchant}, ${amount}.`,
    priceRise: (merchant: string, usual: string, amount: string) => `⚠️ Inhabituel${S}: ${merchant} a prélevé ${amount}, d’habitude ${usual}.`,
    on: `C’est fait${S}: je vous préviendrai ici des paiements inhabituels (double débit, premier gros paiement, hausse de prix).`,
    off: `C’est fait${S}: plus d’alertes de paiements inhabituels.`,
  },
};
