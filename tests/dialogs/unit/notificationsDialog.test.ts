import { DialogTurnStatus } from 'botbuilder-dialogs';
import { NotificationsDialog } from '../../../dialogs/notificationsDialog';
import { CHAT_USER, french, masked, playCase, type DialogCase } from './dialogCase';
import { tinyBankStores } from './tinyBank';

const LOW_BALANCE_ON = { notification: [{ action: 'on' as const, topic: 'lowBalance' as const }] };

const cases: DialogCase[] = [
  {
    name: 'what is on, when nothing was asked for yet: everything is off',
    steps: [{ user: 'mes notifications', understood: { intent: 'Notifications' }, replies: [french('Ici : opérations désactivées, livraisons désactivées, paiements inhabituels désactivés, 0 alerte de solde bas.')] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a kind of update turned on',
    steps: [{
      user: 'préviens-moi de mes opérations',
      understood: { intent: 'Notifications', entities: { notification: [{ action: 'on', topic: 'transactions' }] } },
      replies: [french('C’est fait : je vous préviendrai ici quand de l’argent bouge sur vos comptes.')],
    }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a low-balance alert with its amount and account, at once',
    steps: [{
      user: 'alerte si mon compte courant passe sous 100 €',
      understood: { intent: 'Notifications', entities: { ...LOW_BALANCE_ON, amount: [{ cents: 10_000, comparison: 'lt' }], account: [{ id: 'a1', text: 'compte courant' }] } },
      replies: [french('C’est fait : je vous alerterai ici si votre compte courant passe sous 100,00 €.')],
    }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a low-balance alert without amount or account: both asked, one at a time',
    steps: [
      { user: 'alerte solde bas', understood: { intent: 'Notifications', entities: LOW_BALANCE_ON }, replies: [french('Sous quel montant ? Par exemple : « alerte-moi si mon solde passe sous 100 € ».')] },
      { user: '150', understood: { intent: 'None', entities: { bareAmount: [{ cents: 15_000 }] } },
        replies: [french(`L’alerte porte sur quel compte ?\n1. Compte courant (${masked('FR76', '0143')})\n2. LDD (${masked('FR76', '5512')})\n3. Livret A (${masked('FR76', '0987')})`)] },
      { user: 'Livret A', understood: { intent: 'None', entities: { account: [{ id: 'a2', text: 'Livret A' }] } }, replies: [french('C’est fait : je vous alerterai ici si votre livret A passe sous 150,00 €.')] },
    ],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'the amount question waits for its answer',
    steps: [{ user: 'alerte solde bas', understood: { intent: 'Notifications', entities: LOW_BALANCE_ON }, replies: [french('Sous quel montant ? Par exemple : « alerte-moi si mon solde passe sous 100 € ».')] }],
    status: DialogTurnStatus.waiting,
  },
  {
    name: 'in English, for James: everything off',
    language: 'en',
    customer: 'c2',
    steps: [{
      user: 'stop all notifications', understood: { intent: 'Notifications', entities: { notification: [{ action: 'off', topic: 'all' }] } },
      replies: ['Done: no more updates here.'],
    }],
    status: DialogTurnStatus.complete,
  },
];

describe('NotificationsDialog alone', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    await playCase(new NotificationsDialog(tinyBankStores()), testCase);
  });

  it('keeps what was asked for, for this chat user, in cents', async () => {
    const stores = tinyBankStores();
    await playCase(new NotificationsDialog(stores), cases[3]);
    const settings = await stores.notificationSettings.settings(CHAT_USER);
    expect(settings.lowBalance).toEqual({ a2: 15_000 });
    expect(settings.transactions).toBe(false);
  });
});
