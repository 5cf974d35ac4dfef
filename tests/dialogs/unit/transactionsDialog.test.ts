import { DialogTurnStatus } from 'botbuilder-dialogs';
import { TransactionsDialog } from '../../../dialogs/transactions/transactionsDialog';
import { french, masked, playCase, type DialogCase } from './dialogCase';
import { tinyBankStores } from './tinyBank';

const NOVEMBER = { start: '2026-11-01', end: '2026-11-29' };

// Transactions and Income are served by the same dialog: money coming in is a view of the movements.
const cases: DialogCase[] = [
  {
    name: 'the movements of a period, newest first, pending ones said so',
    steps: [{
      user: 'mes opérations de novembre', understood: { intent: 'Transactions', entities: { period: [NOVEMBER], transactionView: ['list'] } },
      replies: [french([
        'Vos opérations du 1er au 29 novembre (1 à 5 sur 5) :',
        '• 28 nov. · Uber · -8,40 € (en attente)',
        '• 27 nov. · ACME · +2 100,00 €',
        '• 20 nov. · Carrefour · -30,00 €',
        '• 12 nov. · Fnac · -45,00 €',
        '• 8 nov. · Spotify · -15,99 €',
      ].join('\n'))],
    }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'the total spent in a period, with what is pending',
    steps: [{
      user: "combien j'ai dépensé ce mois-ci", understood: { intent: 'Transactions', entities: { period: [NOVEMBER], transactionView: ['total'] } },
      replies: [french('Du 1er au 29 novembre : 99,39 € dépensés en 4 paiements, dont 8,40 € en attente.')],
    }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'the biggest expense',
    steps: [{
      user: 'ma plus grosse dépense', understood: { intent: 'Transactions', entities: { period: [NOVEMBER], transactionView: ['biggest'] } },
      replies: [french('Votre plus grosse dépense du 1er au 29 novembre : Fnac, 45,00 €, le jeudi 12 novembre.')],
    }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'an account the customer does not hold is said so, with those held',
    steps: [{
      user: 'les opérations de ma carte', understood: { intent: 'Transactions', entities: { account: [{ type: 'credit_card', text: 'carte' }] } },
      replies: [french('Vous n’avez pas de carte de crédit chez nous. Vos comptes : Compte courant, LDD, Livret A.')],
    }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a type held twice is asked for, and the dialog waits for the answer',
    steps: [{
      user: 'les opérations de mon épargne', understood: { intent: 'Transactions', entities: { account: [{ type: 'savings', text: 'épargne' }] } },
      replies: [french(`Quel compte ?\n1. LDD (${masked('FR76', '5512')})\n2. Livret A (${masked('FR76', '0987')})`)],
    }],
    status: DialogTurnStatus.waiting,
  },
  {
    name: 'income of a period, by payer',
    steps: [{
      user: "qu'est-ce que j'ai touché en novembre", understood: { intent: 'Income', entities: { period: [NOVEMBER] } },
      replies: [french('Vos revenus du 1er au 29 novembre : 2 100,00 € en 1 versement.\n• ACME : 2 100,00 €')],
    }],
    options: { intent: 'Income', entities: { language: 'fr', period: [NOVEMBER] }, offset: 0 },
    status: DialogTurnStatus.complete,
  },
  {
    name: 'whether the salary has come in',
    steps: [{
      user: 'mon salaire est arrivé ?', understood: { intent: 'Income', entities: { transactionView: ['salary'] } },
      replies: [french('Oui : 2 100,00 € d’ACME sont arrivés le vendredi 27 novembre (il y a 2 jours), sur Compte courant.')],
    }],
    options: { intent: 'Income', entities: { language: 'fr', transactionView: ['salary'] }, offset: 0 },
    status: DialogTurnStatus.complete,
  },
  {
    name: 'in English, for James, his own spending only',
    language: 'en',
    customer: 'c2',
    steps: [{
      user: 'how much did I spend in November', understood: { intent: 'Transactions', entities: { period: [NOVEMBER], transactionView: ['total'] } },
      replies: ['From 1 to 29 November: €60.00 spent in 1 payment.'],
    }],
    status: DialogTurnStatus.complete,
  },
];

describe('TransactionsDialog alone', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    await playCase(new TransactionsDialog(tinyBankStores()), testCase);
  });
});
