import { chatAs, type Chat } from '../support/chat';
import { createTestBot, quickRepliesOf, type TestBot } from '../support/testBot';
import { conversationBankDb } from './fixtures/conversationBank';

const N = '\u202f';
const S = '\u00a0';

const AMAZON_CHOICE = [
  `Plusieurs achats correspondent. Lequel${N}?`,
  `1. Amazon, 12 nov., 45,00${S}€ (commande 402-5550001-1112223)`,
  `2. Amazon, 20 oct., 60,00${S}€ (commande 402-1234567-7654321)`,
  `3. Amazon, 20 sept., 80,00${S}€ (commande 402-8836150-2291234)`,
].join('\n');

/** The first line of a receipt sent as text (Telegram shows no cards): which order it is. */
async function receiptChosen(chat: Chat, answer: string): Promise<string> {
  const [reply] = await chat.texts(answer);
  return reply.split('\n')[1];
}

describe('a pending choice takes every way of answering it (fr)', () => {
  let bot: TestBot;
  let chat: Chat;
  beforeEach(async () => {
    bot = await createTestBot({ db: conversationBankDb() });
    chat = await chatAs(bot, 'c1', { channelId: 'telegram' });
  });

  it('numbers the options and offers each as a quick reply', async () => {
    const [question] = await chat.say('reçu Amazon');
    expect(question.text).toBe(AMAZON_CHOICE);
    expect(quickRepliesOf(question)).toEqual(['Amazon 12 nov.', 'Amazon 20 oct.', 'Amazon 20 sept.']);
  });

  it.each([
    ['2', 'Commande 402-1234567-7654321 · mardi 20 octobre'],
    ['la deuxième', 'Commande 402-1234567-7654321 · mardi 20 octobre'],
    ['celle de septembre', 'Commande 402-8836150-2291234 · dimanche 20 septembre'],
    ['le dernier', 'Commande 402-5550001-1112223 · jeudi 12 novembre'],
    ['Amazon 12 nov.', 'Commande 402-5550001-1112223 · jeudi 12 novembre'],
    ['402-8836150-2291234', 'Commande 402-8836150-2291234 · dimanche 20 septembre'],
  ])('"%s" picks %s', async (answer, order) => {
    await chat.say('reçu Amazon');
    expect(await receiptChosen(chat, answer)).toBe(order);
  });

  it('takes a tapped order whose title was cut, by its full name or by the cut title', async () => {
    const [question] = await chat.say('où en est ma commande Amazon ?');
    expect(question.suggestedActions?.actions.map((a) => [a.title, a.value])).toEqual([
      ['Amazon 402-1234567-…', 'Amazon 402-1234567-7654321'],
      ['Amazon 402-5550001-…', 'Amazon 402-5550001-1112223'],
    ]);
    expect((await chat.texts('Amazon 402-1234567-7654321'))[0].split('\n')[0]).toBe('Votre commande Amazon (402-1234567-7654321) est en retard.');
    await chat.say('où en est ma commande Amazon ?');
    expect((await chat.texts('Amazon 402-5550001-1'))[0].split('\n')[0]).toBe('Votre commande Amazon (402-5550001-1112223) est en cours d’acheminement.');
  });

  it('answers a new question instead of asking again', async () => {
    await chat.say('reçu Amazon');
    expect(await chat.texts('quel est mon solde ?')).toEqual([[
      `Vos soldes${S}:`,
      `• Compte courant (FR76${S}••••${S}••••${S}0143)${S}: 1${N}000,00${S}€`,
      `• LDD (FR76${S}••••${S}••••${S}5512)${S}: 800,00${S}€`,
      `• Livret A (FR76${S}••••${S}••••${S}0987)${S}: 5${N}000,00${S}€`,
    ].join('\n')]);
  });

  it('asks again once with a way out, then drops the question', async () => {
    await chat.say('reçu Amazon');
    const [again] = await chat.say('blabla');
    expect(again.text).toBe([
      `Je n’ai pas reconnu votre choix. Répondez par son numéro (1 à 3), touchez-le ci-dessous ou tapez «${N}annuler${N}».`,
      ...AMAZON_CHOICE.split('\n').slice(1),
    ].join('\n'));
    expect(quickRepliesOf(again)).toEqual(['Amazon 12 nov.', 'Amazon 20 oct.', 'Amazon 20 sept.', 'Annuler']);
    const [dropped] = await chat.say('truc');
    expect(dropped.text).toBe(`Je laisse cette question de côté. Que voulez-vous consulter${N}?`);
    expect(await chat.texts('2')).not.toContainEqual(expect.stringContaining('Reçu Amazon'));
  });

  it('takes an account choice by name', async () => {
    const [question] = await chat.say('solde de mon épargne');
    expect(question.text).toBe(`Quel compte${N}?\n1. LDD (FR76${S}••••${S}••••${S}5512)\n2. Livret A (FR76${S}••••${S}••••${S}0987)`);
    expect(await chat.texts('LDD')).toEqual([`LDD (FR76${S}••••${S}••••${S}5512)${S}: 800,00${S}€`]);
  });
});

describe('a pending choice takes every way of answering it (en)', () => {
  let chat: Chat;
  beforeEach(async () => {
    const bot = await createTestBot({ db: conversationBankDb() });
    chat = await chatAs(bot, 'c2', { channelId: 'telegram', locale: 'en-GB' });
  });

  it.each([
    ['the second one', 'Order TS-1000001 · Wednesday 7 October'],
    ['the one from october', 'Order TS-1000001 · Wednesday 7 October'],
    ['1', 'Order TS-1000002 · Thursday 5 November'],
    ['the latest', 'Order TS-1000002 · Thursday 5 November'],
  ])('"%s" picks %s', async (answer, order) => {
    const [question] = await chat.say('receipt for my Tesco shopping');
    expect(question.text).toBe('Several purchases match. Which one?\n1. Tesco, 5 Nov, €60.00 (order TS-1000002)\n2. Tesco, 7 Oct, €20.00 (order TS-1000001)');
    expect(await receiptChosen(chat, answer)).toBe(order);
  });

  it('a follow-up abandons the choice and is answered', async () => {
    await chat.say('receipt for my Tesco shopping');
    expect(await chat.texts('and at Boots?')).toEqual(['No Boots receipt in your name. Your latest receipts are from Tesco.']);
  });
});
