import { ConversationState, MemoryStorage, PrivateConversationState } from 'botbuilder';
import { ConversationMemory } from '../../../dialogs/conversationMemory';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { ReceiptDialog } from '../../../dialogs/receiptDialog';
import { french, maskedCard, playCase, type DialogCase } from './dialogCase';
import { tinyBankStores } from './tinyBank';

const cases: DialogCase[] = [
  {
    name: 'the receipt of the one purchase named, as text where cards do not render',
    steps: [{ user: 'mon reçu Fnac', understood: { intent: 'Receipt', entities: { merchant: ['Fnac'] } }, replies: [french(`Reçu Fnac\nCommande FN-1001 · jeudi 12 novembre\n• 1 × Casque : 45,00 €\nTotal : 45,00 €\ndont TVA : 7,50 €\nPayé avec Visa ${maskedCard('4242')}`)] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'the recent receipts are offered as a choice, newest first; the answer gets its receipt',
    steps: [
      { user: 'mes reçus', understood: { intent: 'Receipt' }, replies: [french('Vos derniers reçus, du plus récent au plus ancien. Lequel voulez-vous ouvrir ?\n1. Carrefour, 20 nov., 30,00 € (commande CA-77)\n2. Fnac, 12 nov., 45,00 € (commande FN-1001)')] },
      { user: 'Carrefour', understood: { intent: 'None', entities: { merchant: ['Carrefour'] } }, replies: [french(`Reçu Carrefour\nCommande CA-77 · vendredi 20 novembre\n• 2 × Café : 30,00 €\nTotal : 30,00 €\ndont TVA : 1,56 €\nPayé avec Visa ${maskedCard('4242')}`)] },
    ],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a question left open waits for its answer',
    steps: [{ user: 'mes reçus', understood: { intent: 'Receipt' }, replies: [french('Vos derniers reçus, du plus récent au plus ancien. Lequel voulez-vous ouvrir ?\n1. Carrefour, 20 nov., 30,00 € (commande CA-77)\n2. Fnac, 12 nov., 45,00 € (commande FN-1001)')] }],
    status: DialogTurnStatus.waiting,
  },
  {
    name: 'a shop with no receipt is said so',
    steps: [{ user: 'mon reçu Amazon', understood: { intent: 'Receipt', entities: { merchant: ['Amazon'] } }, replies: [french('Aucun reçu Amazon à votre nom. Vos derniers reçus : Carrefour, Fnac.')] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a receipt card where the channel renders one',
    channelId: 'msteams',
    steps: [{ user: 'mon reçu Fnac', understood: { intent: 'Receipt', entities: { merchant: ['Fnac'] } }, replies: [french(`[receipt card] Reçu Fnac\nCommande FN-1001\nDate jeudi 12 novembre\nPayé avec Visa ${maskedCard('4242')}\n1 × Casque 45,00 €\ntax 7,50 €\ntotal 45,00 €`)] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'in English, for James',
    language: 'en',
    customer: 'c2',
    steps: [{ user: 'my Tesco receipt', understood: { intent: 'Receipt', entities: { merchant: ['Tesco'] } }, replies: [`Tesco receipt\nOrder TS-77 · Thursday 5 November\n• 2 × Tea: €60.00\nTotal: €60.00\nincl. VAT: €10.00\nPaid with Visa ${maskedCard('1881')}`] }],
    status: DialogTurnStatus.complete,
  },
];

describe('ReceiptDialog alone', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const storage = new MemoryStorage();
    const conversationState = new ConversationState(storage);
    // The receipt dialog never hands over: no recent messages to read.
    const memory = new ConversationMemory(conversationState, new PrivateConversationState(storage), { of: async () => [] });
    await playCase(new ReceiptDialog({ ...tinyBankStores(), memory }), testCase, { conversationState });
  });
});
