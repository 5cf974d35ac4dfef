import { DialogTurnStatus } from 'botbuilder-dialogs';
import { BalanceDialog } from '../../../dialogs/balanceDialog';
import { french, masked, playCase, type DialogCase } from './dialogCase';
import { tinyBankStores } from './tinyBank';

const COURANT = masked('FR76', '0143');
const LIVRET = masked('FR76', '0987');
const LDD = masked('FR76', '5512');

const cases: DialogCase[] = [
  {
    name: 'every account at once when none is named, masked',
    steps: [{
      user: 'mon solde', understood: { intent: 'Balance' },
      replies: [french([
        'Vos soldes :',
        `• Compte courant (${COURANT}) : 3 000,00 €`,
        `• LDD (${LDD}) : 800,00 €`,
        `• Livret A (${LIVRET}) : 5 000,00 €`,
      ].join('\n'))],
      quickReplies: ['Dernières opérations', 'Mes reçus', 'Mes livraisons'],
    }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'the one account named',
    steps: [{
      user: 'mon livret A', understood: { intent: 'Balance', entities: { account: [{ id: 'a2', text: 'livret A' }] } },
      replies: [french(`Livret A (${LIVRET}) : 5 000,00 €`)],
    }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a type held twice asks which account, then answers the choice',
    steps: [
      { user: 'mon épargne', understood: { intent: 'Balance', entities: { account: [{ type: 'savings', text: 'épargne' }] } },
        replies: [french(`Quel compte ?\n1. LDD (${LDD})\n2. Livret A (${LIVRET})`)] },
      { user: 'LDD', understood: { intent: 'None' }, replies: [french(`LDD (${LDD}) : 800,00 €`)] },
    ],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'the balance at the end of a past day, from the movements since',
    steps: [{
      user: 'mon solde au 1er novembre',
      understood: { intent: 'Balance', entities: { account: [{ id: 'a1', text: 'compte courant' }], period: [{ start: '2026-11-01', end: '2026-11-01' }] } },
      replies: [french(`Votre solde à la fin du dimanche 1er novembre :\nCompte courant (${COURANT}) : 990,99 €`)],
    }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'in English, for James, his own account only',
    language: 'en',
    customer: 'c2',
    steps: [{
      user: 'my balance', understood: { intent: 'Balance' },
      replies: [`Your balance:\n• Current account (${masked('GB29', '6819')}): €200.00`],
      quickReplies: ['Latest transactions', 'My receipts', 'My deliveries'],
    }],
    status: DialogTurnStatus.complete,
  },
];

describe('BalanceDialog alone', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    await playCase(new BalanceDialog(tinyBankStores()), testCase);
  });

  it('audits the accounts it showed, and nothing when it only asked', async () => {
    const stores = tinyBankStores();
    await playCase(new BalanceDialog(stores), cases[2]);
    expect((await stores.audit.entries('c1')).map((e) => [e.intent, e.accountIds])).toEqual([['Balance', ['a3']]]);
  });
});
