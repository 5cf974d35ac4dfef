import { textsFor } from '../../dialogs/texts';
import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const PHONE = '09 69 39 99 99';
const APP = 'https://ma-banque.example/app';

/** Every reply that refuses: the plain one, and the ones that say where to go instead. */
const REFUSALS = new Set((['fr', 'en'] as const).flatMap((language) => {
  const texts = textsFor(language);
  return [texts.notUnderstood, texts.lostCard(PHONE), texts.bankApp(APP)];
}));

/**
 * Out-of-scope requests that name the customer's data (a card, a salary, a payment) are refused with the
 * real model and a linked customer who has data: no data dialog answers them.
 */
describe('out-of-scope requests that name data', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot({ env: { CARD_EMERGENCY_PHONE: PHONE, BANK_APP_URL: APP } });
  });

  it.each([
    'comment je fais pour envoyer de l’argent à mon frère', 'pourquoi j’ai été débité deux fois chez Carrefour',
    'quel est le taux de mon livret A', 'ma carte ne marche plus au distributeur', 'quand est-ce que je vais toucher ma paie',
    'pas le solde, je veux faire opposition',
  ])('refuses "%s" in French', async (text) => {
    const chat = await chatAs(bot, 'c1');
    const [reply] = await chat.texts(text);
    expect(REFUSALS.has(reply)).toBe(true);
  });

  it.each([
    'how can i send money to my brother', "i've been charged twice at carrefour", "what's the interest rate on my savings",
    'my card stopped working at the cash machine', 'when is my next payday', 'alexa, place my order',
  ])('refuses "%s" in English', async (text) => {
    const chat = await chatAs(bot, 'c2', { userId: 'user2', locale: 'en-GB' });
    const [reply] = await chat.texts(text);
    expect(REFUSALS.has(reply)).toBe(true);
  });
});
