import { AutoSaveStateMiddleware, ConversationState, MemoryStorage, PrivateConversationState } from 'botbuilder';
import { Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { loadConfig } from '../../../bot/infra/config';
import { LinkStore } from '../../../data/linkStore';
import { ConversationMemory } from '../../../dialogs/conversationMemory';
import { DATA_INTENTS } from '../../../dialogs/intents';
import { LINK_DIALOG } from '../../../dialogs/linkDialog';
import { MainDialog, type CustomerDialogs } from '../../../dialogs/mainDialog';
import { PRIVACY_DIALOG } from '../../../dialogs/privacyDialog';
import { french, NBSP, playCase, type DialogCase } from './dialogCase';
import { TIME_ZONE, tinyBankDb } from './tinyBank';

/** Stands for a dialog the table routes to: says its id and the request it was given, and ends. */
class RoutedTo extends Dialog {
  async beginDialog(dc: DialogContext, options?: { entities?: { period?: unknown } }): Promise<DialogTurnResult> {
    const period = options?.entities?.period;
    await dc.context.sendActivity(period ? `${this.id} ${JSON.stringify(period)}` : this.id);
    return dc.endDialog();
  }
}

function mainDialog(): { dialog: MainDialog; conversationState: ConversationState; privateState: PrivateConversationState } {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const privateState = new PrivateConversationState(storage);
  const customerDialogs = Object.fromEntries([...DATA_INTENTS, 'Notifications'].map((intent) => [intent, new RoutedTo(`${intent}Dialog`)])) as CustomerDialogs;
  const dialog = new MainDialog({
    links: new LinkStore(tinyBankDb(), loadConfig({ DATABASE_PATH: ':memory:' }).linking),
    // No transcript recorder runs around the dialog alone: a handoff here has no message to carry.
    memory: new ConversationMemory(conversationState, privateState, { of: async () => [] }),
    timeZone: TIME_ZONE,
    helpElsewhere: { cardEmergencyPhone: '+33 1 00 00 00 00', bankAppUrl: 'https://bank.example/app' },
  }, customerDialogs, [new RoutedTo(LINK_DIALOG), new RoutedTo(PRIVACY_DIALOG)]);
  return { dialog, conversationState, privateState };
}

// The emulator announces a new conversation itself: no welcome before the first answer.
const cases: DialogCase[] = [
  {
    name: 'a data question goes to its dialog for a linked customer',
    channelId: 'emulator',
    steps: [{ user: 'mon solde', understood: { intent: 'Balance' }, replies: ['BalanceDialog'] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'an insight too',
    channelId: 'emulator',
    steps: [{ user: 'mes abonnements', understood: { intent: 'Subscriptions' }, replies: ['SubscriptionsDialog'] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a data question from an unlinked chat is told how to link',
    channelId: 'emulator',
    customer: null,
    steps: [{ user: 'mon solde', understood: { intent: 'Balance' },
      replies: [french('D’abord, liez cette conversation à votre compte : demandez un code à votre banque, puis envoyez « lier » suivi du code.')],
      quickReplies: ['Lier mon compte', 'Aide'] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a follow-up keeps the last question and moves its period',
    channelId: 'emulator',
    steps: [
      { user: 'mes opérations', understood: { intent: 'Transactions', entities: { transactionView: ['list'] } }, replies: ['TransactionsDialog'] },
      { user: 'et en octobre ?', understood: { intent: 'None', entities: { followUp: ['continue'], period: [{ start: '2026-10-01', end: '2026-10-31' }] } },
        replies: ['TransactionsDialog [{"start":"2026-10-01","end":"2026-10-31"}]'] },
    ],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'linking and privacy are dialogs of their own',
    channelId: 'emulator',
    customer: null,
    steps: [
      { user: 'lier', understood: { intent: 'LinkAccount' }, replies: [LINK_DIALOG] },
      { user: 'mes données', understood: { intent: 'Privacy' }, replies: [PRIVACY_DIALOG] },
    ],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'thanks and help are answered in the turn, help with where to start',
    channelId: 'emulator',
    steps: [
      { user: 'merci', understood: { intent: 'Thanks' }, replies: [french('Avec plaisir ! Autre chose ?')] },
      { user: 'aide', understood: { intent: 'Help' },
        replies: [french('Je peux répondre à : « quel est mon solde ? », « combien j’ai dépensé chez Carrefour le mois dernier ? », « reçu de ma commande Fnac », « où en est mon colis ? ». Tapez « annuler » pour arrêter en cours de route.')],
        quickReplies: ['Mon solde', 'Dernières opérations', 'Mes reçus', 'Mes livraisons', 'Aide'] },
    ],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a lost card gets the blocking number, linked or not',
    channelId: 'emulator',
    customer: null,
    steps: [{ user: "j'ai perdu ma carte", understood: { intent: 'None', entities: { elsewhere: ['lostCard'] } },
      replies: [french(`Faites bloquer votre carte tout de suite, 24${NBSP}h/24 et 7${NBSP}j/7, au +33 1 00 00 00 00. Voulez-vous ensuite que je vous mette en relation avec un conseiller ?`)],
      quickReplies: ['Oui', 'Non'] }],
    // The offer of an adviser waits for a yes or a no.
    status: DialogTurnStatus.waiting,
  },
  {
    name: '"oui" to the adviser offered after a lost card starts the handoff',
    channelId: 'emulator',
    steps: [
      { user: "j'ai perdu ma carte", understood: { intent: 'None', entities: { elsewhere: ['lostCard'] } },
        replies: [french(`Faites bloquer votre carte tout de suite, 24${NBSP}h/24 et 7${NBSP}j/7, au +33 1 00 00 00 00. Voulez-vous ensuite que je vous mette en relation avec un conseiller ?`)] },
      { user: 'oui', understood: { intent: 'None', entities: { yesNo: ['yes'] } }, replies: [
        '[event] handoff.initiate',
        'Je vous mets en relation avec un conseiller, qui verra notre échange. Il vous répondra ici même, inutile de tout répéter.',
      ] },
    ],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'the second message in a row not understood goes to an adviser',
    channelId: 'emulator',
    steps: [
      { user: 'blabla', understood: { intent: 'None' },
        replies: ['Désolé, je ne peux pas faire cela ici. Je peux vous donner vos soldes, vos opérations, vos reçus et vos dates de livraison.'] },
      { user: 'blibli', understood: { intent: 'None' }, replies: [
        '[event] handoff.initiate',
        'Désolé, je n’arrive pas à vous comprendre. Je vous mets en relation avec un conseiller, qui verra notre échange. Il vous répondra ici même.',
      ] },
    ],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a first message on a channel that announces nobody is welcomed first',
    steps: [{ user: 'mon solde', understood: { intent: 'Balance' }, replies: [
      french('Bonjour ! Je suis l’assistant de votre banque. Je peux vous donner vos soldes, vos dernières opérations, vos reçus et la date de livraison de vos colis.'),
      'BalanceDialog',
    ] }],
    status: DialogTurnStatus.complete,
  },
];

describe('MainDialog routing table', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const { dialog, conversationState, privateState } = mainDialog();
    await playCase(dialog, testCase, { conversationState, middlewares: [new AutoSaveStateMiddleware(privateState)] });
  });
});
