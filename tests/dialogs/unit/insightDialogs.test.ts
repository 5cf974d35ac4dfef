import { DialogTurnStatus, type Dialog } from 'botbuilder-dialogs';
import { SpendingBreakdownDialog } from '../../../dialogs/insights/spendingBreakdownDialog';
import { SpendingComparisonDialog } from '../../../dialogs/insights/spendingComparisonDialog';
import { SubscriptionsDialog } from '../../../dialogs/insights/subscriptionsDialog';
import { UpcomingDialog } from '../../../dialogs/insights/upcomingDialog';
import { french, playCase, type DialogCase } from './dialogCase';
import { tinyBankStores } from './tinyBank';

type InsightCase = DialogCase & { dialog: (stores: ReturnType<typeof tinyBankStores>) => Dialog };

// Each insight answers in one turn: read, audit, reply, end.
const cases: InsightCase[] = [
  {
    name: 'subscriptions: the monthly series and its cost',
    dialog: (stores) => new SubscriptionsDialog(stores),
    steps: [{ user: 'mes abonnements', understood: { intent: 'Subscriptions' }, replies: [french('1 paiement régulier, environ 15,99 € par mois :\n• Spotify : 15,99 € par mois, dernier le 8 nov., prochain vers le 8 déc.')] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'subscriptions, in English for James, who has none',
    language: 'en',
    customer: 'c2',
    dialog: (stores) => new SubscriptionsDialog(stores),
    steps: [{ user: 'my subscriptions', understood: { intent: 'Subscriptions' }, replies: ['I found no regular payment in your last 13 months.'] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'upcoming: what the series expect, and the checking balance it leaves',
    dialog: (stores) => new UpcomingDialog(stores),
    steps: [{ user: "qu'est-ce qui va être prélevé", understood: { intent: 'Upcoming' }, replies: [french([
        'Prélèvements attendus du 29 novembre au 29 décembre : 15,99 € en 1 paiement.',
        '• 8 déc. · Spotify · 15,99 €',
        'Solde estimé de Compte courant jusqu’au 29 déc. :',
        '• 8 déc. : 2 975,61 €',
        'Pas de découvert prévu : le plus bas, le 8 déc., à 2 975,61 €.',
        'C’est une estimation, d’après vos paiements réguliers.',
      ].join('\n'))] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'upcoming at one merchant: its payments only, not everyone\'s',
    dialog: (stores) => new UpcomingDialog(stores),
    steps: [{ user: 'mon prélèvement spotify', understood: { intent: 'Upcoming', entities: { merchant: ['spotify'] } }, replies: [french([
        'Prélèvements attendus du 29 novembre au 29 décembre : 15,99 € en 1 paiement.',
        '• 8 déc. · Spotify · 15,99 €',
      ].join('\n'))] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'upcoming at a merchant with no regular payment: said so, nothing broader',
    dialog: (stores) => new UpcomingDialog(stores),
    steps: [{ user: 'mon prélèvement netflix', understood: { intent: 'Upcoming', entities: { merchant: ['Netflix'] } }, replies: [french('Je ne trouve aucun paiement régulier chez Netflix sur vos 13 derniers mois.')] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'spending against the usual, per category',
    dialog: (stores) => new SpendingComparisonDialog(stores),
    steps: [{ user: 'je dépense plus que d’habitude ?', understood: { intent: 'SpendingComparison' }, replies: [french([
        'Ce mois-ci du 1er au 29 novembre, par rapport aux mêmes jours des 3 mois précédents (hors virements entre vos comptes) :',
        '• Shopping : 45,00 € contre 0,00 € d’habitude à cette date',
        '• Courses : 30,00 € contre 0,00 € d’habitude à cette date',
        '• Transports : 8,40 € contre 0,00 € d’habitude à cette date',
        '• Abonnements : 15,99 € contre 10,66 € d’habitude à cette date',
      ].join('\n'))] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'spending against the usual, one category',
    dialog: (stores) => new SpendingComparisonDialog(stores),
    steps: [{ user: 'plus que d’habitude en abonnements ?', understood: { intent: 'SpendingComparison', entities: { category: ['subscriptions'] } }, replies: [french('Oui : en abonnements, 15,99 € ce mois-ci contre 10,66 € d’habitude à cette date (du 1er au 29 novembre).')] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'where the money went in a period, with its chart',
    dialog: (stores) => new SpendingBreakdownDialog(stores),
    steps: [{
      user: 'répartition de mes dépenses en novembre',
      understood: { intent: 'SpendingBreakdown', entities: { period: [{ start: '2026-11-01', end: '2026-11-29' }] } },
      replies: [french([
        'Vos dépenses du 1er au 29 novembre : 99,39 € (hors virements entre vos comptes).',
        '• Shopping : 45,00 € (45 %)',
        '• Courses : 30,00 € (30 %)',
        '• Abonnements : 15,99 € (16 %)',
        '• Transports : 8,40 € (8 %)',
        'image/png spending.png',
      ].join('\n'))],
    }],
    status: DialogTurnStatus.complete,
  },
];

describe('Insight dialogs alone', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    await playCase(testCase.dialog(tinyBankStores()), testCase);
  });
});
